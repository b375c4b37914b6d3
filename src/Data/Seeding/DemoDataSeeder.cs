using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Seeding;

/// <summary>Writes generated demo data into a store through the store port.</summary>
public static class DemoDataSeeder
{
    /// <summary>Associates per insert: large enough to be quick, small enough that one batch stays a modest write.</summary>
    public const int BatchSize = 5_000;

    /// <summary>Generates the demo data and inserts every document; fails if any id already exists.</summary>
    public static async Task SeedAsync(ITrainingStore store, DemoDataOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var data = DemoDataGenerator.Generate(options);
        await store.Locations.InsertManyAsync(data.Locations.ToList(), cancellationToken).ConfigureAwait(false);
        await store.JobFunctions.InsertManyAsync(data.JobFunctions.ToList(), cancellationToken).ConfigureAwait(false);
        await store.Checklists.InsertManyAsync(data.Checklists.ToList(), cancellationToken).ConfigureAwait(false);
        await store.Certifications.InsertManyAsync(data.Certifications.ToList(), cancellationToken).ConfigureAwait(false);
        await store.PlanTypes.InsertManyAsync(data.PlanTypes.ToList(), cancellationToken).ConfigureAwait(false);
        await store.PlanOutcomes.InsertManyAsync(data.PlanOutcomes.ToList(), cancellationToken).ConfigureAwait(false);
        await store.Roles.InsertManyAsync(data.Roles.ToList(), cancellationToken).ConfigureAwait(false);
        await InsertInBatchesAsync(store.Associates, data.Associates, cancellationToken).ConfigureAwait(false);
        await InsertInBatchesAsync(store.Notifications, data.Notifications, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Seeds only a store that holds no associates and no roles, so a restart never duplicates or mixes in demo
    /// data. Returns whether it seeded.
    /// </summary>
    public static async Task<bool> SeedIfEmptyAsync(ITrainingStore store, DemoDataOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var probe = new StoreQuery { Limit = 1 };
        var associates = await store.Associates.QueryAsync(probe, cancellationToken).ConfigureAwait(false);
        var roles = await store.Roles.QueryAsync(probe, cancellationToken).ConfigureAwait(false);
        if (associates.Items.Count > 0 || roles.Items.Count > 0)
        {
            return false;
        }

        await SeedAsync(store, options, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async Task InsertInBatchesAsync<T>(IDocumentCollection<T> collection, IReadOnlyList<T> documents, CancellationToken cancellationToken)
        where T : Document
    {
        foreach (var batch in documents.Chunk(BatchSize))
        {
            await collection.InsertManyAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }
}
