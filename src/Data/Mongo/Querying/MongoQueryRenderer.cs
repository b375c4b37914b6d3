using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// Renders a <see cref="StoreQuery"/> as MongoDB query language, with element names and stored values taken
/// from the class maps. The embedded engine (<c>EmbeddedQueryCompiler</c>) gives the same rows for the same
/// query; mingo (the conformance suite) executes this MQL over exported documents to check that.
/// </summary>
public static class MongoQueryRenderer
{
    public static MongoQuery Render<T>(StoreQuery query) where T : Document
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Skip < 0 || query.Limit < 0)
        {
            throw new ArgumentException("Skip and limit cannot be negative.", nameof(query));
        }

        return new MongoQuery(RenderFilter<T>(query.Filter), RenderSort<T>(query.Sort), query.Skip, query.Limit);
    }

    /// <summary>The filter document; an empty document when there is no filter.</summary>
    /// <exception cref="ArgumentException">The filter names an unknown path or cannot be expressed.</exception>
    public static BsonDocument RenderFilter<T>(FilterNode? filter) where T : Document =>
        filter is null ? [] : FilterRenderer.Render(filter, typeof(T));

    /// <summary>The sort document, always ending with <c>_id: 1</c> unless <c>_id</c> is already a key.</summary>
    /// <exception cref="ArgumentException">A key names an unknown path or cannot be sorted on.</exception>
    public static BsonDocument RenderSort<T>(IReadOnlyList<SortField> sort) where T : Document
    {
        var paths = SortRules.Resolve(typeof(T), sort);
        var rendered = new BsonDocument();
        for (var i = 0; i < sort.Count; i++)
        {
            rendered.Add(paths[i].Path, sort[i].Direction == SortDirection.Ascending ? 1 : -1);
        }

        if (!SortRules.SortsById(sort))
        {
            rendered.Add(SortRules.IdElement, 1);
        }

        return rendered;
    }
}
