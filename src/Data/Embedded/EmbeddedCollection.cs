using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded;

/// <summary>
/// One collection held in memory as immutable documents. Readers take a snapshot of the current map without
/// locking; writers serialize on one lock and publish a new map only after the write is durable.
/// </summary>
public sealed class EmbeddedCollection<T> : IDocumentCollection<T> where T : Document
{
    private readonly Lock _writeLock = new();
    private Dictionary<string, T> _documents = new(StringComparer.Ordinal);

    public EmbeddedCollection(string name) => Name = name;

    public string Name { get; }

    public Task<StorePage<T>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var predicate = EmbeddedQueryCompiler.CompileFilter<T>(query.Filter);
        var matches = Volatile.Read(ref _documents).Values.Where(predicate).ToList();
        matches.Sort(EmbeddedQueryCompiler.CompileSort<T>(query.Sort));
        IEnumerable<T> page = matches.Skip(query.Skip);
        if (query.Limit is { } limit)
        {
            page = page.Take(limit);
        }

        return Task.FromResult(new StorePage<T>(page.ToList(), query.IncludeTotalCount ? matches.Count : null));
    }

    public Task<IReadOnlyList<T>> GetByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var documents = Volatile.Read(ref _documents);
        IReadOnlyList<T> found = ids.Select(id => documents.GetValueOrDefault(id)).OfType<T>().ToList();
        return Task.FromResult(found);
    }

    public Task<T> InsertAsync(T document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_writeLock)
        {
            if (_documents.ContainsKey(document.Id))
            {
                throw new DuplicateDocumentException(Name, document.Id);
            }

            var stored = DocumentMapping.RoundTrip(document with { Version = 1 });
            Publish(map => map[stored.Id] = stored);
            return Task.FromResult(stored);
        }
    }

    public Task InsertManyAsync(IReadOnlyCollection<T> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        lock (_writeLock)
        {
            var duplicate = documents.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1 || _documents.ContainsKey(g.Key));
            if (duplicate is not null)
            {
                throw new DuplicateDocumentException(Name, duplicate.Key);
            }

            var stored = documents.Select(d => DocumentMapping.RoundTrip(d with { Version = 1 })).ToList();
            Publish(map => stored.ForEach(d => map[d.Id] = d));
            return Task.CompletedTask;
        }
    }

    public Task<T> ReplaceAsync(T document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_writeLock)
        {
            if (!_documents.TryGetValue(document.Id, out var current) || current.Version != document.Version)
            {
                throw new VersionConflictException(Name, document.Id, document.Version);
            }

            var stored = DocumentMapping.RoundTrip(document with { Version = document.Version + 1 });
            Publish(map => map[stored.Id] = stored);
            return Task.FromResult(stored);
        }
    }

    public Task<bool> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        lock (_writeLock)
        {
            if (!_documents.TryGetValue(id, out var current))
            {
                return Task.FromResult(false);
            }

            if (current.Version != expectedVersion)
            {
                throw new VersionConflictException(Name, id, expectedVersion);
            }

            Publish(map => map.Remove(id));
            return Task.FromResult(true);
        }
    }

    // Copy-on-write keeps readers lock-free; fine while writes are rare next to reads.
    private void Publish(Action<Dictionary<string, T>> change)
    {
        var next = new Dictionary<string, T>(_documents, StringComparer.Ordinal);
        change(next);
        Volatile.Write(ref _documents, next);
    }
}
