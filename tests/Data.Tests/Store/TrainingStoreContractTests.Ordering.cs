using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Store;

public abstract partial class TrainingStoreContractTests
{
    private static readonly StoreQuery ByNameAscending = new() { Sort = [new SortField("name", SortDirection.Ascending)] };
    private static readonly StoreQuery ByNameDescending = new() { Sort = [new SortField("name", SortDirection.Descending)] };

    [ContractFact]
    public async Task Sort_by_a_string_field_is_ordinal_with_uppercase_first_and_accents_after_z()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync(
            [Location("1", "b"), Location("2", "B"), Location("3", "é"), Location("4", "a"), Location("5", "Z"), Location("6", "z"), Location("7", "A")]);

        var ascending = await store.Locations.QueryAsync(ByNameAscending);
        var descending = await store.Locations.QueryAsync(ByNameDescending);

        Assert.Equal(["A", "B", "Z", "a", "b", "z", "é"], ascending.Items.Select(l => l.Name));
        Assert.Equal(["é", "z", "b", "a", "Z", "B", "A"], descending.Items.Select(l => l.Name));
    }

    [ContractFact]
    public async Task Null_sorts_first_ascending_and_last_descending()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync(
            [Location("n", region: "North"), Location("x1", region: null), Location("e", region: "East"), Location("x0", region: null)]);

        var ascending = await store.Locations.QueryAsync(new StoreQuery { Sort = [new SortField("region", SortDirection.Ascending)] });
        var descending = await store.Locations.QueryAsync(new StoreQuery { Sort = [new SortField("region", SortDirection.Descending)] });

        Assert.Equal(["x0", "x1", "e", "n"], ascending.Items.Select(l => l.Id));
        Assert.Equal(["n", "e", "x0", "x1"], descending.Items.Select(l => l.Id));
    }

    [ContractFact]
    public async Task A_sort_on_a_field_the_documents_do_not_have_is_refused_naming_the_path()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync([Location("1", "Cedar"), Location("2", "Ash")]);

        var query = new StoreQuery { Sort = [new SortField("nickname", SortDirection.Descending)] };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.Locations.QueryAsync(query));

        Assert.Contains("nickname", error.Message, StringComparison.Ordinal);
    }

    [ContractFact]
    public async Task Ties_are_broken_by_id_ascending_in_both_directions()
    {
        var store = await CreateStoreAsync();
        await store.Locations.InsertManyAsync(
            [Location("c", "Same"), Location("b", "Other"), Location("a", "Same"), Location("d", "Other")]);

        var ascending = await store.Locations.QueryAsync(ByNameAscending);
        var descending = await store.Locations.QueryAsync(ByNameDescending);

        Assert.Equal(["b", "d", "a", "c"], ascending.Items.Select(l => l.Id));
        Assert.Equal(["a", "c", "b", "d"], descending.Items.Select(l => l.Id));
    }

    [ContractFact]
    public async Task Sort_by_a_timestamp_orders_by_instant_at_millisecond_precision()
    {
        var store = await CreateStoreAsync();
        var at = new DateTime(2026, 1, 2, 3, 4, 5, 0, DateTimeKind.Utc);
        await store.Associates.InsertManyAsync(
        [
            Associate("late") with { HiredAt = at.AddMilliseconds(2) },
            Associate("early") with { HiredAt = at.AddMilliseconds(1) },
            Associate("first") with { HiredAt = at },
        ]);

        var page = await store.Associates.QueryAsync(new StoreQuery { Sort = [new SortField("hiredAt", SortDirection.Ascending)] });

        Assert.Equal(["first", "early", "late"], page.Items.Select(a => a.Id));
    }
}
