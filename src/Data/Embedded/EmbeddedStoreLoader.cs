using System.Runtime.ExceptionServices;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded;

/// <summary>Fills the collections from the journal when the store opens.</summary>
internal static class EmbeddedStoreLoader
{
    public static void Load(IEnumerable<JournalRecord> records, IReadOnlyList<IEmbeddedCollection> collections)
    {
        var byName = collections.ToDictionary(c => c.Name, StringComparer.Ordinal);

        // Deserializing BSON costs more than reading the rows, so workers share it while they take turns pulling
        // rows off the one reader (the partitioner enumerates under a lock); the maps are concurrent.
        try
        {
            Parallel.ForEach(records, record =>
            {
                if (!byName.TryGetValue(record.Collection, out var collection))
                {
                    // Refusing beats starting without documents that an export would then silently leave out.
                    throw new StoreUnavailableException($"The data file holds documents of an unknown collection '{record.Collection}'.");
                }

                collection.Load(record);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
