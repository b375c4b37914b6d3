using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded;

/// <summary>Fills the collections from the journal when the store opens.</summary>
internal static class EmbeddedStoreLoader
{
    // Sequential on purpose: on a busy 2-core machine, deserializing on parallel workers cost ~20% more CPU for
    // no shorter start (100k associates load in ~4 s of CPU either way).
    public static void Load(IEnumerable<JournalRecord> records, IReadOnlyList<IEmbeddedCollection> collections)
    {
        var byName = collections.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!byName.TryGetValue(record.Collection, out var collection))
            {
                // Refusing beats starting without documents that an export would then silently leave out.
                throw new StoreUnavailableException($"The data file holds documents of an unknown collection '{record.Collection}'.");
            }

            collection.Load(record);
        }
    }
}
