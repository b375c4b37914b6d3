using System.Collections.Concurrent;
using GraphTraining.Data.Mongo.Reports;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using GraphTraining.Data.Store.Explain;
using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// A store read as the MongoDB adapter would send it: <c>{collection, filter, sort, skip, limit}</c> for a find,
/// <c>{collection, pipeline}</c> for the count beside it. It is the same whichever store ran the read, because it
/// is the MongoDB translation of the very query object the store executed.
/// </summary>
public static class MongoExplain
{
    private static readonly ConcurrentDictionary<Type, Func<StoreQuery, MongoQuery>> Renderers = new();

    private static readonly JsonWriterSettings Canonical = new() { OutputMode = JsonOutputMode.CanonicalExtendedJson, Indent = false };

    /// <summary>The operations as canonical Extended JSON, one string each.</summary>
    public static IEnumerable<string> DescribeAsJson(StoreOperation operation) =>
        Describe(operation).Select(d => d.ToJson(Canonical));

    public static IEnumerable<BsonDocument> Describe(StoreOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Ids is { } ids)
        {
            yield return new BsonDocument
            {
                { "collection", operation.Collection },
                { "filter", new BsonDocument("_id", new BsonDocument("$in", new BsonArray(ids))) },
            };
            yield break;
        }

        var query = operation.Query!;
        if (operation.DocumentType.Namespace == typeof(CertificationRecord).Namespace)
        {
            foreach (var pipeline in ReportPipelinesFor(operation))
            {
                yield return new BsonDocument { { "collection", CollectionNames.Associates }, { "pipeline", new BsonArray(pipeline) } };
            }

            yield break;
        }

        var rendered = Renderer(operation.DocumentType)(query);
        if (query.Limit != 0)
        {
            var find = new BsonDocument
            {
                { "collection", operation.Collection },
                { "filter", rendered.Filter },
                { "sort", rendered.Sort },
                { "skip", rendered.Skip },
            };
            if (rendered.Limit is { } limit)
            {
                find.Add("limit", limit);
            }

            yield return find;
        }

        if (query.IncludeTotalCount)
        {
            // countDocuments runs this pipeline on the server.
            yield return new BsonDocument
            {
                { "collection", operation.Collection },
                { "pipeline", new BsonArray { new BsonDocument("$match", rendered.Filter), new BsonDocument("$count", "n") } },
            };
        }
    }

    // Report rows are aggregations over associates, rendered by the same ReportPipelines the adapter runs.
    private static IEnumerable<IReadOnlyList<BsonDocument>> ReportPipelinesFor(StoreOperation operation)
    {
        var query = operation.Query!;
        var type = operation.DocumentType;
        if (operation.GroupBy is { } groupBy)
        {
            yield return (IReadOnlyList<BsonDocument>)Generic(nameof(ReportPipelines.Summary), type).Invoke(null, [query.Filter, groupBy])!;
            yield break;
        }

        if (query.Limit != 0)
        {
            yield return (IReadOnlyList<BsonDocument>)Generic(nameof(ReportPipelines.Rows), type).Invoke(null, [query])!;
        }

        if (query.IncludeTotalCount)
        {
            yield return (IReadOnlyList<BsonDocument>)Generic(nameof(ReportPipelines.Count), type).Invoke(null, [query.Filter])!;
        }
    }

    private static System.Reflection.MethodInfo Generic(string name, Type type) =>
        typeof(ReportPipelines).GetMethod(name)!.MakeGenericMethod(type);

    private static Func<StoreQuery, MongoQuery> Renderer(Type documentType) =>
        Renderers.GetOrAdd(documentType, type =>
        {
            var method = typeof(MongoQueryRenderer).GetMethod(nameof(MongoQueryRenderer.Render))!.MakeGenericMethod(type);
            return query => (MongoQuery)method.Invoke(null, [query])!;
        });
}
