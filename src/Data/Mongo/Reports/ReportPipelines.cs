using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Reports;

/// <summary>
/// The aggregation pipelines over <c>associates</c> that answer report queries, in one place so the store
/// and explain show the same MQL. Filters and sorts render with <see cref="MongoQueryRenderer"/> against the
/// row type, after the rows are projected.
/// </summary>
public static class ReportPipelines
{
    /// <summary>The rows of one page: source stages, <c>$match</c>, <c>$sort</c> (ending with <c>_id</c>), <c>$skip</c>, <c>$limit</c>.</summary>
    /// <exception cref="ArgumentException">The query names an unknown path, or has a negative skip or limit.</exception>
    public static IReadOnlyList<BsonDocument> Rows<TRow>(StoreQuery query) where TRow : Document
    {
        ArgumentNullException.ThrowIfNull(query);
        var rendered = MongoQueryRenderer.Render<TRow>(query);
        var stages = Matching<TRow>(query.Filter, rendered.Filter);
        stages.Add(new BsonDocument("$sort", rendered.Sort));
        if (rendered.Skip > 0)
        {
            stages.Add(new BsonDocument("$skip", rendered.Skip));
        }

        if (rendered.Limit is { } limit)
        {
            stages.Add(new BsonDocument("$limit", limit));
        }

        return stages;
    }

    /// <summary>How many rows match: source stages, <c>$match</c>, <c>$count</c> (no document at all when none match).</summary>
    public static IReadOnlyList<BsonDocument> Count<TRow>(FilterNode? filter) where TRow : Document
    {
        var stages = Matching<TRow>(filter, MongoQueryRenderer.RenderFilter<TRow>(filter));
        stages.Add(new BsonDocument("$count", "count"));
        return stages;
    }

    /// <summary>
    /// Counts per key: source stages, <c>$match</c>, <c>$unwind</c> of each list key (keeping rows with an empty
    /// list under null), <c>$group</c> on <c>_id: { path: value }</c>, <c>$sort</c> by each key ascending.
    /// </summary>
    public static IReadOnlyList<BsonDocument> Summary<TRow>(FilterNode? filter, IReadOnlyList<string> groupBy) where TRow : Document
    {
        var paths = GroupPath.Resolve<TRow>(groupBy);
        var stages = Matching<TRow>(filter, MongoQueryRenderer.RenderFilter<TRow>(filter));
        foreach (var list in paths.Where(p => p.IsList))
        {
            stages.Add(new BsonDocument("$unwind", new BsonDocument { { "path", $"${list.Element}" }, { "preserveNullAndEmptyArrays", true } }));
        }

        var key = new BsonDocument(paths.Select(p => new BsonElement(p.Element, new BsonDocument("$ifNull", new BsonArray { $"${p.Element}", BsonNull.Value }))));
        stages.Add(new BsonDocument("$group", new BsonDocument { { "_id", key }, { "count", new BsonDocument("$sum", 1) } }));
        stages.Add(new BsonDocument("$sort", new BsonDocument(paths.Select(p => new BsonElement($"_id.{p.Element}", 1)))));
        return stages;
    }

    private static List<BsonDocument> Matching<TRow>(FilterNode? rowFilter, BsonDocument filter) where TRow : Document
    {
        var stages = new List<BsonDocument>();
        if (AssociateFilterLift.Lift(rowFilter) is { } associates)
        {
            stages.Add(new BsonDocument("$match", MongoQueryRenderer.RenderFilter<AssociateDocument>(associates)));
        }

        stages.AddRange(RowSources.For<TRow>().Select(s => s.DeepClone().AsBsonDocument));
        if (filter.ElementCount > 0)
        {
            stages.Add(new BsonDocument("$match", filter));
        }

        return stages;
    }
}
