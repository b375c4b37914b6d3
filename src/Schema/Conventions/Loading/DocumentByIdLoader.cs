using GraphQL.DataLoader;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Loading;

/// <summary>
/// Batches reads of one collection by id for the length of a request: every id asked for while a level of
/// the query resolves is fetched in one <c>GetByIdsAsync</c> when the first result is awaited, and each id
/// is fetched once per request. Registered scoped.
/// </summary>
public sealed class DocumentByIdLoader<T>(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyList<T>>> fetch) where T : Document
{
    public DocumentByIdLoader(IDocumentCollection<T> collection)
        : this(collection.GetByIdsAsync)
    {
    }

    private readonly Lock _lock = new();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<Dictionary<string, T>>> _batches = new(StringComparer.Ordinal);

    public IDataLoaderResult<T?> Load(string id)
    {
        lock (_lock)
        {
            if (!_batches.ContainsKey(id))
            {
                _queued.Add(id);
            }
        }

        return new Pending(this, id);
    }

    public IDataLoaderResult<IEnumerable<T>> LoadMany(IEnumerable<string> ids)
    {
        var pending = ids.Select(Load).ToList();
        return new PendingMany(pending);
    }

    private async Task<T?> GetAsync(string id, CancellationToken cancellationToken)
    {
        Task<Dictionary<string, T>> batch;
        lock (_lock)
        {
            if (!_batches.TryGetValue(id, out batch!))
            {
                _queued.Add(id);
                var keys = _queued.ToList();
                _queued.Clear();
                batch = FetchAsync(keys, cancellationToken);
                keys.ForEach(k => _batches[k] = batch);
            }
        }

        var found = await batch.ConfigureAwait(false);
        return found.GetValueOrDefault(id);
    }

    private async Task<Dictionary<string, T>> FetchAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var documents = await fetch(ids, cancellationToken).ConfigureAwait(false);
        return documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    private sealed class Pending(DocumentByIdLoader<T> loader, string id) : IDataLoaderResult<T?>
    {
        public Task<T?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class PendingMany(List<IDataLoaderResult<T?>> pending) : IDataLoaderResult<IEnumerable<T>>
    {
        public async Task<IEnumerable<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var results = new List<T>(pending.Count);
            foreach (var item in pending)
            {
                if (await item.GetResultAsync(cancellationToken).ConfigureAwait(false) is { } found)
                {
                    results.Add(found);
                }
            }

            return results;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
