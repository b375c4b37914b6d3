using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using Snapshooter.Xunit;

namespace GraphTraining.Data.Tests.Mongo;

public class MongoWriteShapeTests
{
    [Fact]
    public void Replace_and_delete_are_guarded_by_id_and_version()
    {
        DocumentMapping.Register();
        var filter = MongoCollection<AssociateDocument>.VersionFilter("a-000001", 7);

        var rendered = filter.Render(new RenderArgs<AssociateDocument>(BsonSerializer.LookupSerializer<AssociateDocument>(), BsonSerializer.SerializerRegistry));

        Snapshot.Match(rendered.ToString());
    }

    [Fact]
    public void Every_report_index_is_named_and_listed()
    {
        var names = MongoIndexes.Associates.Select(i => $"{i.Options.Name}: {Render(i.Keys)}").ToList();

        Snapshot.Match(names);
    }

    [Fact]
    public void Client_settings_ask_for_majority_retryable_writes_and_fail_fast()
    {
        var settings = MongoTrainingStore.Settings(new MongoOptions { ConnectionString = "mongodb://db.example:27017/?replicaSet=rs0" });

        Assert.Equal(WriteConcern.WMajority, settings.WriteConcern);
        Assert.Equal(ReadConcern.Majority, settings.ReadConcern);
        Assert.True(settings.RetryWrites);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.ServerSelectionTimeout);
    }

    private static string Render(IndexKeysDefinition<AssociateDocument> keys)
    {
        DocumentMapping.Register();
        return keys.Render(new RenderArgs<AssociateDocument>(BsonSerializer.LookupSerializer<AssociateDocument>(), BsonSerializer.SerializerRegistry)).ToString();
    }
}
