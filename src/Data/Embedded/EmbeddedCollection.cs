using System.Collections.Concurrent;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded;

/// <summary>
/// One collection held in memory as immutable documents, made durable by the store's journal. Readers never
/// lock: a query walks the live map and sees each document either before or after a concurrent write, never
/// half-written (as MongoDB does without a snapshot). Writers take the store's write gate, check the version,
/// commit to the journal and only then publish the new document.
/// </summary>
public sealed class EmbeddedCollection<T> : IDocumentCollection<T>, IEmbeddedCollection where T : Document
{
    private readonly ConcurrentDictionary<string, T> _documents = new(StringComparer.Ordinal);
    private readonly EmbeddedWriter _writer;

    /// <summary>A standalone memory-only collection.</summary>
    public EmbeddedCollection(string name)
        : this(name, new EmbeddedWriter(new MemoryDocumentJournal()))
    {
    }

    internal EmbeddedCollection(string name, EmbeddedWriter writer)
    {
        Name = name;
        _writer = writer;
    }

    public string Name { get; }

    /// <summary>The live documents, walked without locking (each seen before or after a concurrent write).</summary>
    internal IEnumerable<T> Documents => _documents.Select(pair => pair.Value);

    public Task<StorePage<T>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var predicate = EmbeddedQueryCompiler.CompileFilter<T>(query.Filter);
        var matches = new List<T>();
        foreach (var (_, document) in _documents)
        {
            if (predicate(document))
            {
                matches.Add(document);
            }
        }

        var total = matches.Count;
        var page = TopRows.Page(matches, EmbeddedQueryCompiler.CompileSort<T>(query.Sort), query.Skip, query.Limit);
        return Task.FromResult(new StorePage<T>(page, query.IncludeTotalCount ? total : null));
    }

    public Task<IReadOnlyList<T>> GetByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        IReadOnlyList<T> found = ids.Select(id => _documents.GetValueOrDefault(id)).OfType<T>().ToList();
        return Task.FromResult(found);
    }

    public async Task<T> InsertAsync(T document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (stored, record) = Prepare(document, version: 1);
        return await _writer.WriteAsync(async journal =>
        {
            if (_documents.ContainsKey(stored.Id))
            {
                throw new DuplicateDocumentException(Name, stored.Id);
            }

            await journal.InsertAsync([record]).ConfigureAwait(false);
            _documents[stored.Id] = stored;
            return stored;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task InsertManyAsync(IReadOnlyCollection<T> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var prepared = documents.Select(d => Prepare(d, version: 1)).ToList();
        await _writer.WriteAsync(async journal =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicate = prepared.FirstOrDefault(p => !seen.Add(p.Stored.Id) || _documents.ContainsKey(p.Stored.Id));
            if (duplicate.Stored is not null)
            {
                throw new DuplicateDocumentException(Name, duplicate.Stored.Id);
            }

            await journal.InsertAsync(prepared.ConvertAll(p => p.Record)).ConfigureAwait(false);
            foreach (var (stored, _) in prepared)
            {
                _documents[stored.Id] = stored;
            }

            return prepared.Count;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<T> ReplaceAsync(T document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var (stored, record) = Prepare(document, document.Version + 1);
        return await _writer.WriteAsync(async journal =>
        {
            // Memory answers the common conflict cheaply; the SQL version check stays as the durable guard.
            if (!_documents.TryGetValue(document.Id, out var current) || current.Version != document.Version
                || !await journal.ReplaceAsync(record, document.Version).ConfigureAwait(false))
            {
                throw new VersionConflictException(Name, document.Id, document.Version);
            }

            _documents[stored.Id] = stored;
            return stored;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return await _writer.WriteAsync(async journal =>
        {
            if (!_documents.TryGetValue(id, out var current))
            {
                return false;
            }

            if (current.Version != expectedVersion || !await journal.DeleteAsync(Name, id, expectedVersion).ConfigureAwait(false))
            {
                throw new VersionConflictException(Name, id, expectedVersion);
            }

            _documents.TryRemove(id, out _);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    void IEmbeddedCollection.Load(JournalRecord record)
    {
        var document = DocumentMapping.FromBson<T>(record.Bson);
        _documents[record.Id] = document.Version == record.Version ? document : document with { Version = record.Version };
    }

    // Serialized outside the write gate; memory then holds exactly what a reload from the bytes would give.
    private (T Stored, JournalRecord Record) Prepare(T document, long version)
    {
        var bson = DocumentMapping.ToBson(document with { Version = version });
        return (DocumentMapping.FromBson<T>(bson), new JournalRecord(Name, document.Id, version, bson));
    }
}
