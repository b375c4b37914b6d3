using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Exchange;

/// <summary>
/// Imports a directory written by <see cref="StoreExporter"/> (or by <c>mongoexport</c>) into any store. Every line
/// of every file is read and validated before anything is written, and ids already in the store are refused, so
/// a bad directory writes nothing. Then each collection is written with one <c>InsertManyAsync</c> (all or none
/// per collection). Documents are stored at version 1. Meant for an empty or idle store: a document inserted by
/// someone else between validation and writing fails only its own collection.
/// </summary>
public static class StoreImporter
{
    /// <exception cref="StoreImportException">The directory, a file or a line is not importable; nothing was written.</exception>
    public static async Task<StoreExchangeResult> ImportAsync(ITrainingStore store, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new StoreImportException($"{directory} does not exist.");
        }

        var expected = CollectionNames.All.Select(StoreCollections.FileName).ToHashSet(StringComparer.Ordinal);
        var unknown = Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !expected.Contains(f))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0)
        {
            throw new StoreImportException(
                $"{directory} has files that are not collections of the store: {string.Join(", ", unknown)} (expected: {string.Join(", ", expected)}).");
        }

        var pending = new List<PendingImport>();
        foreach (var name in CollectionNames.All)
        {
            var path = Path.Combine(directory, StoreCollections.FileName(name));
            pending.Add(await StoreCollections.VisitAsync(store, name, new ReadVisitor(path, cancellationToken)).ConfigureAwait(false));
        }

        foreach (var collection in pending)
        {
            await collection.CheckNoneExistAsync(cancellationToken).ConfigureAwait(false);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var collection in pending)
        {
            counts[collection.Collection] = await collection.WriteAsync(cancellationToken).ConfigureAwait(false);
        }

        return new StoreExchangeResult(counts);
    }

    private sealed class ReadVisitor(string path, CancellationToken cancellationToken) : ICollectionVisitor<PendingImport>
    {
        public async Task<PendingImport> VisitAsync<T>(IDocumentCollection<T> collection) where T : Document
        {
            var documents = new List<(T Document, int Line)>();
            if (!File.Exists(path))
            {
                return new PendingImport<T>(collection, path, documents);
            }

            var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
            var lineNumber = 0;
            await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var (document, error) = ImportDocumentParser<T>.Parse(line, collection.Name);
                if (document is null)
                {
                    throw new StoreImportException(path, lineNumber, error!);
                }

                if (!firstLineOfId.TryAdd(document.Id, lineNumber))
                {
                    throw new StoreImportException(path, lineNumber, $"_id '{document.Id}' is already on line {firstLineOfId[document.Id]}");
                }

                documents.Add((document, lineNumber));
            }

            return new PendingImport<T>(collection, path, documents);
        }
    }
}
