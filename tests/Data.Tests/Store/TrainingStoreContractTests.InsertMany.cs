using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Store;

public abstract partial class TrainingStoreContractTests
{
    [ContractFact]
    public async Task InsertMany_stores_every_document_at_version_1()
    {
        var store = await CreateStoreAsync();

        await store.Locations.InsertManyAsync([Location("a") with { Version = 7 }, Location("b")]);

        var stored = await store.Locations.GetByIdsAsync(["a", "b"]);
        Assert.Equal([Location("a") with { Version = 1 }, Location("b") with { Version = 1 }], stored);
    }

    [ContractFact]
    public async Task InsertMany_with_an_id_repeated_inside_the_batch_writes_nothing()
    {
        var store = await CreateStoreAsync();

        var error = await Assert.ThrowsAsync<DuplicateDocumentException>(
            () => store.Locations.InsertManyAsync([Location("a"), Location("b"), Location("a", name: "Again")]));

        Assert.Equal("a", error.DocumentId);
        Assert.Empty((await store.Locations.QueryAsync(StoreQuery.All)).Items);
    }

    [ContractFact]
    public async Task InsertMany_with_an_id_already_stored_writes_nothing()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertAsync(Location("b", name: "Stored"));

        var error = await Assert.ThrowsAsync<DuplicateDocumentException>(
            () => store.Locations.InsertManyAsync([Location("a"), Location("b", name: "New"), Location("c")]));

        Assert.Equal("b", error.DocumentId);
        var all = (await store.Locations.QueryAsync(StoreQuery.All)).Items;
        Assert.Equal([Location("b", name: "Stored") with { Version = 1 }], all);
    }
}
