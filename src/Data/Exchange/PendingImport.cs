using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Exchange;

/// <summary>One collection's file, read and validated, waiting to be written.</summary>
internal abstract class PendingImport
{
    public abstract string Collection { get; }

    /// <summary>Throws, naming the file and line, when the target already has one of these ids.</summary>
    public abstract Task CheckNoneExistAsync(CancellationToken cancellationToken);

    public abstract Task<int> WriteAsync(CancellationToken cancellationToken);
}

/// <inheritdoc />
internal sealed class PendingImport<T>(IDocumentCollection<T> target, string path, IReadOnlyList<(T Document, int Line)> documents)
    : PendingImport where T : Document
{
    public override string Collection => target.Name;

    public override async Task CheckNoneExistAsync(CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        var existing = await target.GetByIdsAsync(documents.Select(d => d.Document.Id).ToList(), cancellationToken).ConfigureAwait(false);
        if (existing.Count > 0)
        {
            var ids = existing.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var (document, line) = documents.First(d => ids.Contains(d.Document.Id));
            throw new StoreImportException(path, line, $"{target.Name}/{document.Id} already exists in the store");
        }
    }

    public override async Task<int> WriteAsync(CancellationToken cancellationToken)
    {
        if (documents.Count > 0)
        {
            await target.InsertManyAsync(documents.Select(d => d.Document).ToList(), cancellationToken).ConfigureAwait(false);
        }

        return documents.Count;
    }
}
