using System.Text;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Exchange;

/// <summary>
/// Writes every collection to <c>DIR/&lt;collection&gt;.json</c>: one document per line in canonical Extended
/// JSON v2, ordered by <c>_id</c>, the format <c>mongoimport</c> reads. Empty collections still get a file.
/// Each collection is read in one query, so the export is consistent per collection, not across collections.
/// </summary>
public static class StoreExporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<StoreExchangeResult> ExportAsync(ITrainingStore store, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in CollectionNames.All)
        {
            var path = Path.Combine(directory, StoreCollections.FileName(name));
            counts[name] = await StoreCollections.VisitAsync(store, name, new ExportVisitor(path, cancellationToken)).ConfigureAwait(false);
        }

        return new StoreExchangeResult(counts);
    }

    private sealed class ExportVisitor(string path, CancellationToken cancellationToken) : ICollectionVisitor<int>
    {
        public async Task<int> VisitAsync<T>(IDocumentCollection<T> collection) where T : Document
        {
            var page = await collection.QueryAsync(StoreQuery.All, cancellationToken).ConfigureAwait(false);

            // The port already orders by _id; sorting again makes the file order the same for every store.
            var documents = page.Items.OrderBy(d => d.Id, StringComparer.Ordinal);
            var partial = path + ".partial";
            var writer = new StreamWriter(partial, append: false, Utf8) { NewLine = "\n" };
            await using (writer.ConfigureAwait(false))
            {
                foreach (var document in documents)
                {
                    await writer.WriteLineAsync(DocumentMapping.ToCanonicalJson(document).AsMemory(), cancellationToken).ConfigureAwait(false);
                }
            }

            File.Move(partial, path, overwrite: true);
            return page.Items.Count;
        }
    }
}
