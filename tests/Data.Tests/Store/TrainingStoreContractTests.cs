using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Store;

/// <summary>
/// The behaviour every <see cref="ITrainingStore"/> promises, run once per store kind by a subclass. Tests only
/// use the port, and each works in a store of its own, so a subclass can point them at any backend.
/// </summary>
public abstract partial class TrainingStoreContractTests : IAsyncLifetime
{
    /// <summary>A new, empty store for the current test alone.</summary>
    protected abstract Task<ITrainingStore> CreateStoreAsync();

    /// <summary>
    /// Closes <paramref name="store"/> as a process exit would and opens it again over the same data. Store kinds
    /// that keep nothing across a restart leave this alone, and their <see cref="RestartFactAttribute"/> tests
    /// are reported as skipped.
    /// </summary>
    protected virtual Task<ITrainingStore> ReopenAsync(ITrainingStore store) =>
        throw new NotSupportedException($"{GetType().Name} cannot reopen a store.");

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [ContractFact]
    public async Task Insert_then_get_returns_the_document_at_version_1()
    {
        var store = await CreateStoreAsync();

        var inserted = await store.Locations.InsertAsync(Location("loc-1", region: "North") with { Version = 42 });
        var read = await store.Locations.GetByIdAsync("loc-1");

        Assert.Equal(Location("loc-1", region: "North") with { Version = 1 }, inserted);
        Assert.Equal(inserted, read);
    }

    [ContractFact]
    public async Task GetByIds_keeps_the_asked_order_and_skips_missing_ids()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync([Location("a"), Location("b"), Location("c")]);

        var found = await store.Locations.GetByIdsAsync(["c", "missing", "a", "b"]);

        Assert.Equal(["c", "a", "b"], found.Select(l => l.Id));
    }

    [ContractFact]
    public async Task Insert_of_an_existing_id_throws_DuplicateDocument_and_keeps_the_first()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertAsync(Location("loc-1", name: "First"));

        var error = await Assert.ThrowsAsync<DuplicateDocumentException>(() => store.Locations.InsertAsync(Location("loc-1", name: "Second")));

        Assert.Equal("loc-1", error.DocumentId);
        Assert.Equal("First", (await store.Locations.GetByIdAsync("loc-1"))!.Name);
    }

    [ContractFact]
    public async Task Replace_increments_the_version_and_returns_the_stored_document()
    {
        var store = await CreateStoreAsync();
        var inserted = await store.Locations.InsertAsync(Location("loc-1"));

        var replaced = await store.Locations.ReplaceAsync(inserted with { Name = "Renamed" });
        var again = await store.Locations.ReplaceAsync(replaced with { Region = "South" });

        Assert.Equal(inserted with { Name = "Renamed", Version = 2 }, replaced);
        Assert.Equal(replaced with { Region = "South", Version = 3 }, again);
        Assert.Equal(again, await store.Locations.GetByIdAsync("loc-1"));
    }

    [ContractFact]
    public async Task Replace_with_a_stale_version_throws_VersionConflict_and_changes_nothing()
    {
        var store = await CreateStoreAsync();
        var first = await store.Locations.InsertAsync(Location("loc-1"));
        var current = await store.Locations.ReplaceAsync(first with { Name = "Current" });

        var error = await Assert.ThrowsAsync<VersionConflictException>(() => store.Locations.ReplaceAsync(first with { Name = "Stale" }));

        Assert.Equal(1, error.ExpectedVersion);
        Assert.Equal(current, await store.Locations.GetByIdAsync("loc-1"));
    }

    [ContractFact]
    public async Task Replace_of_a_missing_document_throws_VersionConflict_and_creates_nothing()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<VersionConflictException>(() => store.Locations.ReplaceAsync(Location("ghost") with { Version = 1 }));

        Assert.Null(await store.Locations.GetByIdAsync("ghost"));
    }

    [ContractFact]
    public async Task Delete_with_the_current_version_removes_the_document()
    {
        var store = await CreateStoreAsync();
        var stored = await store.Locations.ReplaceAsync(await store.Locations.InsertAsync(Location("loc-1")));

        Assert.True(await store.Locations.DeleteAsync("loc-1", stored.Version));

        Assert.Null(await store.Locations.GetByIdAsync("loc-1"));
    }

    [ContractFact]
    public async Task Delete_with_a_stale_version_throws_VersionConflict_and_keeps_the_document()
    {
        var store = await CreateStoreAsync();
        var first = await store.Locations.InsertAsync(Location("loc-1"));
        var current = await store.Locations.ReplaceAsync(first with { Name = "Current" });

        await Assert.ThrowsAsync<VersionConflictException>(() => store.Locations.DeleteAsync("loc-1", first.Version));

        Assert.Equal(current, await store.Locations.GetByIdAsync("loc-1"));
    }

    [ContractFact]
    public async Task Delete_of_a_missing_document_returns_false()
    {
        var store = await CreateStoreAsync();

        Assert.False(await store.Locations.DeleteAsync("ghost", 1));
    }

    [ContractFact]
    public async Task Timestamps_round_trip_at_millisecond_precision()
    {
        var store = await CreateStoreAsync();
        var precise = new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc).AddTicks(9999);

        await store.Associates.InsertAsync(Associate("a1") with { HiredAt = precise });

        var read = await store.Associates.GetByIdAsync("a1");
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc), read!.HiredAt);
        Assert.Equal(DateTimeKind.Utc, read.HiredAt.Kind);
    }

    [ContractFact]
    public async Task Ping_answers_true_for_an_open_store()
    {
        var store = await CreateStoreAsync();

        Assert.True(await store.PingAsync());
    }
}
