using GraphTraining.Data.Embedded;
using GraphTraining.Data.Store;
using GraphTraining.Data.Tests.Store;

namespace GraphTraining.Data.Tests.Embedded;

/// <summary>The contract on the durable embedded store, in a fresh directory per test.</summary>
public sealed class SqliteStoreContractTests : TrainingStoreContractTests
{
    private readonly TempDirectory _directory = new();
    private readonly List<EmbeddedTrainingStore> _opened = [];

    protected override Task<ITrainingStore> CreateStoreAsync() => Task.FromResult<ITrainingStore>(Open());

    protected override async Task<ITrainingStore> ReopenAsync(ITrainingStore store)
    {
        await ((EmbeddedTrainingStore)store).DisposeAsync();
        return Open();
    }

    public override async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await store.DisposeAsync();
        }

        _directory.Dispose();
    }

    private EmbeddedTrainingStore Open()
    {
        var store = new EmbeddedTrainingStore(new StoreOptions { DataDirectory = _directory.Path });
        _opened.Add(store);
        return store;
    }
}
