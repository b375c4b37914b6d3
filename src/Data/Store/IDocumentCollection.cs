using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Store;

/// <summary>
/// One collection of documents. Every write is atomic for its one document and is acknowledged only once it
/// is durable. Documents handed out are immutable records shared with the store; change one with a
/// <c>with</c> expression and write it back through <see cref="ReplaceAsync"/>.
/// </summary>
public interface IDocumentCollection<T> where T : Document
{
    string Name { get; }

    /// <summary>Filters, sorts and pages in the store; the sort always ends with <c>_id</c> ascending.</summary>
    Task<StorePage<T>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default);

    /// <summary>The documents with these ids, in the order asked, skipping ids that do not exist.</summary>
    Task<IReadOnlyList<T>> GetByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Stores a new document at version 1 and returns it as stored.</summary>
    /// <exception cref="DuplicateDocumentException">A document with this id exists.</exception>
    Task<T> InsertAsync(T document, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores many new documents at version 1, all or none (the embedded store in one transaction; MongoDB
    /// as one ordered bulk write that import validates beforehand).
    /// </summary>
    Task InsertManyAsync(IReadOnlyCollection<T> documents, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored document if its version still equals <c>document.Version</c>, and returns it as
    /// stored with the version incremented.
    /// </summary>
    /// <exception cref="VersionConflictException">The stored version differs, or the document is gone.</exception>
    Task<T> ReplaceAsync(T document, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document if its version still equals <paramref name="expectedVersion"/>.</summary>
    /// <returns>False when no document has this id.</returns>
    /// <exception cref="VersionConflictException">The stored version differs.</exception>
    Task<bool> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default);
}
