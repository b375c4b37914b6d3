using GraphTraining.Data.Mongo;
using GraphTraining.Data.Store;
using Microsoft.Extensions.Options;

namespace GraphTraining.Data.Tests.Mongo;

/// <summary>The store contract against a real mongod, each test in a database of its own.</summary>
public sealed class MongoStoreContractTests : Store.TrainingStoreContractTests
{
    private readonly List<MongoTrainingStore> _stores = [];
    private string? _database;

    public static string? SkipReason => MongoServer.SkipReason;

    protected override async Task<ITrainingStore> CreateStoreAsync()
    {
        _database = $"contract_{Guid.NewGuid():N}";
        return await OpenAsync();
    }

    protected override Task<ITrainingStore> ReopenAsync(ITrainingStore store) => OpenAsync();

    public override async Task DisposeAsync()
    {
        if (_database is not null && _stores.Count > 0)
        {
            await _stores[0].Database.Client.DropDatabaseAsync(_database);
        }

        _stores.ForEach(s => s.Dispose());
    }

    private async Task<ITrainingStore> OpenAsync()
    {
        var options = new MongoOptions { ConnectionString = await MongoServer.ConnectionStringAsync(), Database = _database!, ServerSelectionTimeout = TimeSpan.FromSeconds(10) };
        var store = new MongoTrainingStore(Options.Create(options));
        await MongoIndexes.CreateAsync(store.Database, CancellationToken.None);
        _stores.Add(store);
        return store;
    }
}
