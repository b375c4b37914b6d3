using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Store;

public abstract partial class TrainingStoreContractTests
{
    [ContractFact]
    public async Task Query_without_a_sort_orders_by_id_ordinally()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync([Location("b"), Location("a10"), Location("B"), Location("a9"), Location("a")]);

        var page = await store.Locations.QueryAsync(StoreQuery.All);

        Assert.Equal(["B", "a", "a10", "a9", "b"], page.Items.Select(l => l.Id));
    }

    [ContractFact]
    public async Task Query_skip_and_limit_page_through_the_matches()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync([.. "abcdefg".Select(c => Location(c.ToString()))]);

        var middle = await store.Locations.QueryAsync(new StoreQuery { Skip = 2, Limit = 3 });
        var tail = await store.Locations.QueryAsync(new StoreQuery { Skip = 5 });
        var beyond = await store.Locations.QueryAsync(new StoreQuery { Skip = 10, Limit = 3 });

        Assert.Equal(["c", "d", "e"], middle.Items.Select(l => l.Id));
        Assert.Equal(["f", "g"], tail.Items.Select(l => l.Id));
        Assert.Empty(beyond.Items);
    }

    [ContractFact]
    public async Task Query_total_count_ignores_skip_and_limit_and_is_null_unless_asked()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync([.. "abcde".Select(c => Location(c.ToString()))]);

        var counted = await store.Locations.QueryAsync(new StoreQuery { Skip = 1, Limit = 2, IncludeTotalCount = true });
        var uncounted = await store.Locations.QueryAsync(new StoreQuery { Skip = 1, Limit = 2 });

        Assert.Equal(5, counted.TotalCount);
        Assert.Equal(2, counted.Items.Count);
        Assert.Null(uncounted.TotalCount);
    }
}
