using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded;
using GraphTraining.Data.Seeding;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataSeederTests
{
    private static readonly DemoDataOptions Small = new() { Associates = 120 };

    [Fact]
    public async Task Seed_inserts_every_generated_document_into_its_collection()
    {
        var store = new EmbeddedTrainingStore();
        var expected = DemoDataGenerator.Generate(Small);

        await DemoDataSeeder.SeedAsync(store, Small, CancellationToken.None);

        Assert.Equal(expected.Locations.Count, await CountAsync(store.Locations));
        Assert.Equal(expected.JobFunctions.Count, await CountAsync(store.JobFunctions));
        Assert.Equal(expected.Certifications.Count, await CountAsync(store.Certifications));
        Assert.Equal(expected.Checklists.Count, await CountAsync(store.Checklists));
        Assert.Equal(expected.PlanTypes.Count, await CountAsync(store.PlanTypes));
        Assert.Equal(expected.PlanOutcomes.Count, await CountAsync(store.PlanOutcomes));
        Assert.Equal(expected.Roles.Count, await CountAsync(store.Roles));
        Assert.Equal(expected.Notifications.Count, await CountAsync(store.Notifications));
        Assert.Equal(expected.Associates.Count, await CountAsync(store.Associates));
        var stored = Assert.Single(await store.Associates.GetByIdsAsync([expected.Associates[^1].Id]));
        Assert.Equal(1, stored.Version);
        Assert.Equal(DocumentMapping.ToCanonicalJson(expected.Associates[^1] with { Version = 1 }), DocumentMapping.ToCanonicalJson(stored));
    }

    [Fact]
    public async Task Seed_if_empty_seeds_an_empty_store_once_and_not_again()
    {
        var store = new EmbeddedTrainingStore();

        var first = await DemoDataSeeder.SeedIfEmptyAsync(store, Small, CancellationToken.None);
        var count = await CountAsync(store.Associates);
        var second = await DemoDataSeeder.SeedIfEmptyAsync(store, Small, CancellationToken.None);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(count, await CountAsync(store.Associates));
        Assert.Equal(Small.Associates, count);
    }

    [Fact]
    public async Task Seed_if_empty_leaves_a_store_alone_when_it_already_holds_roles()
    {
        var store = new EmbeddedTrainingStore();
        await store.Roles.InsertAsync(new RoleDocument { Id = "role-custom", Name = "Custom" });

        var seeded = await DemoDataSeeder.SeedIfEmptyAsync(store, Small, CancellationToken.None);

        Assert.False(seeded);
        Assert.Equal(0, await CountAsync(store.Associates));
        Assert.Equal(1, await CountAsync(store.Roles));
    }

    [Fact]
    public async Task Seed_if_empty_leaves_a_store_alone_when_it_already_holds_associates()
    {
        var store = new EmbeddedTrainingStore();
        await store.Associates.InsertAsync(new AssociateDocument
        {
            Id = "a-custom",
            EmployeeNumber = "X1",
            FirstName = "Ada",
            LastName = "Lovelace",
            DisplayName = "Ada Lovelace",
            LocationId = "loc-01",
        });

        Assert.False(await DemoDataSeeder.SeedIfEmptyAsync(store, Small, CancellationToken.None));
        Assert.Equal(0, await CountAsync(store.Roles));
    }

    private static async Task<long> CountAsync<T>(IDocumentCollection<T> collection) where T : Document =>
        (await collection.QueryAsync(new StoreQuery { Limit = 0, IncludeTotalCount = true })).TotalCount!.Value;
}
