using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>A <see cref="Store.StoreQuery"/> in MQL, ready for <c>Find(Filter).Sort(Sort).Skip(Skip).Limit(Limit)</c>.</summary>
public sealed record MongoQuery(BsonDocument Filter, BsonDocument Sort, int Skip, int? Limit);
