using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Store;

public abstract partial class TrainingStoreContractTests
{
    [RestartFact]
    public async Task Reopened_store_has_every_committed_document_with_its_version_and_nothing_else()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync([Location("kept"), Location("replaced"), Location("deleted")]);
        var replaced = await store.Locations.ReplaceAsync(Location("replaced", name: "Renamed") with { Version = 1 });
        await store.Locations.DeleteAsync("deleted", 1);
        await Assert.ThrowsAsync<DuplicateDocumentException>(() => store.Locations.InsertManyAsync([Location("never"), Location("kept")]));
        await Assert.ThrowsAsync<VersionConflictException>(() => store.Locations.ReplaceAsync(Location("replaced", name: "Stale") with { Version = 1 }));
        var associate = await store.Associates.InsertAsync(FullAssociate("a1"));

        var reopened = await ReopenAsync(store);

        var locations = (await reopened.Locations.QueryAsync(StoreQuery.All)).Items;
        Assert.Equal([Location("kept") with { Version = 1 }, replaced], locations);
        Assert.Equal(2, replaced.Version);
        Assert.Equal([associate], (await reopened.Associates.QueryAsync(StoreQuery.All)).Items, AssociateComparer);
        Assert.Empty((await reopened.PlanTypes.QueryAsync(StoreQuery.All)).Items);
    }

    [RestartFact]
    public async Task Reopened_store_keeps_accepting_writes_with_the_version_check()
    {
        var store = await CreateStoreAsync();
        var inserted = await store.PlanTypes.InsertAsync(PlanType("pt-1"));

        var reopened = await ReopenAsync(store);
        var replaced = await reopened.PlanTypes.ReplaceAsync(inserted with { IsActive = false });

        Assert.Equal(2, replaced.Version);
        await Assert.ThrowsAsync<VersionConflictException>(() => reopened.PlanTypes.ReplaceAsync(inserted));
        await Assert.ThrowsAsync<DuplicateDocumentException>(() => reopened.PlanTypes.InsertAsync(PlanType("pt-1")));
    }

    [RestartFact]
    public async Task Timestamps_keep_their_milliseconds_across_a_restart()
    {
        var store = await CreateStoreAsync();
        var precise = new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc).AddTicks(9999);
        await store.Associates.InsertAsync(Associate("a1") with { HiredAt = precise });

        var reopened = await ReopenAsync(store);

        var read = await reopened.Associates.GetByIdAsync("a1");
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), read!.HiredAt);
        Assert.Equal(DateTimeKind.Utc, read.HiredAt.Kind);
    }
}
