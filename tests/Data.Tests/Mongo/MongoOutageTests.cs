using System.Diagnostics;
using GraphTraining.Data.Mongo;
using GraphTraining.Data.Store;
using Microsoft.Extensions.Options;

namespace GraphTraining.Data.Tests.Mongo;

public class MongoOutageTests
{
    [Fact]
    public async Task A_read_during_an_outage_fails_fast_with_StoreUnavailable_naming_the_host()
    {
        // Nothing listens on port 1: server selection fails after the configured timeout, not the driver's 30 s.
        using var store = new MongoTrainingStore(Options.Create(new MongoOptions
        {
            ConnectionString = "mongodb://127.0.0.1:1/?directConnection=true",
            ServerSelectionTimeout = TimeSpan.FromMilliseconds(300),
        }));
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => store.Associates.QueryAsync(StoreQuery.All));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"Took {clock.Elapsed}.");
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.False(await store.PingAsync());
    }
}
