using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>Placeholder until the renderer lands; replaced wholesale by the query engine's version.</summary>
public static class MongoQueryRenderer
{
    public static BsonDocument RenderFilter<T>(FilterNode? filter) where T : Document =>
        filter is null ? [] : throw new NotSupportedException();

    public static BsonDocument RenderSort<T>(IReadOnlyList<SortField> sort) where T : Document => new("_id", 1);
}
