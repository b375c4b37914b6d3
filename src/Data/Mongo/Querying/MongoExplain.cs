using System.Collections.Concurrent;
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

    private static Func<StoreQuery, MongoQuery> Renderer(Type documentType) =>
        Renderers.GetOrAdd(documentType, type =>
        {
            var method = typeof(MongoQueryRenderer).GetMethod(nameof(MongoQueryRenderer.Render))!.MakeGenericMethod(type);
            return query => (MongoQuery)method.Invoke(null, [query])!;
        });
}
