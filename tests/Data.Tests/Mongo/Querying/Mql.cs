using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;
using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace GraphTraining.Data.Tests.Mongo.Querying;

/// <summary>Rendered MQL as deterministic Extended JSON for snapshots.</summary>
internal static class Mql
{
    private static readonly JsonWriterSettings Relaxed = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson, Indent = true };

    private static readonly JsonWriterSettings Canonical = new() { OutputMode = JsonOutputMode.CanonicalExtendedJson, Indent = true };

    public static string Filter(FilterNode? filter) => MongoQueryRenderer.RenderFilter<AssociateDocument>(filter).ToJson(Relaxed);

    /// <summary>Canonical form spells out each value's BSON type ($numberInt, $numberLong, $date ...).</summary>
    public static string CanonicalFilter(FilterNode? filter) => MongoQueryRenderer.RenderFilter<AssociateDocument>(filter).ToJson(Canonical);

    public static string Sort(params SortField[] sort) => MongoQueryRenderer.RenderSort<AssociateDocument>(sort).ToJson(Relaxed);

    /// <summary>Several named filters in one snapshot.</summary>
    public static string Filters(params (string Name, FilterNode? Filter)[] filters) =>
        new BsonDocument(filters.Select(f => new BsonElement(f.Name, MongoQueryRenderer.RenderFilter<AssociateDocument>(f.Filter)))).ToJson(Relaxed);

    /// <summary>Several named sorts in one snapshot.</summary>
    public static string Sorts(params (string Name, SortField[] Sort)[] sorts) =>
        new BsonDocument(sorts.Select(s => new BsonElement(s.Name, MongoQueryRenderer.RenderSort<AssociateDocument>(s.Sort)))).ToJson(Relaxed);

    public static string Query(StoreQuery query)
    {
        var rendered = MongoQueryRenderer.Render<AssociateDocument>(query);
        return new BsonDocument
        {
            { "filter", rendered.Filter },
            { "sort", rendered.Sort },
            { "skip", rendered.Skip },
            { "limit", rendered.Limit is { } limit ? limit : BsonNull.Value },
        }.ToJson(Relaxed);
    }
}
