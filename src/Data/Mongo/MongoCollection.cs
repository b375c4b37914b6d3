using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;
using MongoDB.Driver;

namespace GraphTraining.Data.Mongo;

/// <summary>One MongoDB collection behind the store port. Every change is a single-document write guarded by <c>version</c>.</summary>
public sealed class MongoCollection<T>(IMongoCollection<T> collection, IMongoClient client, MongoOptions options) : IDocumentCollection<T>
    where T : Document
{
    public string Name => collection.CollectionNamespace.CollectionName;

    public async Task<StorePage<T>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await Guard(async () =>
        {
            var filter = new BsonDocumentFilterDefinition<T>(MongoQueryRenderer.RenderFilter<T>(query.Filter));
            var items = query.Limit == 0
                ? []
                : await collection.Find(filter)
                    .Sort(new BsonDocumentSortDefinition<T>(MongoQueryRenderer.RenderSort<T>(query.Sort)))
                    .Skip(query.Skip > 0 ? query.Skip : null)
                    .Limit(query.Limit)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
            long? total = query.IncludeTotalCount
                ? await collection.CountDocumentsAsync(filter, cancellationToken: cancellationToken).ConfigureAwait(false)
                : null;
            return new StorePage<T>(items, total);
        }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<T>> GetByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = await Guard(() => collection.Find(Builders<T>.Filter.In(d => d.Id, ids)).ToListAsync(cancellationToken)).ConfigureAwait(false);
        var byId = found.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return ids.Select(id => byId.GetValueOrDefault(id)).OfType<T>().ToList();
    }

    public async Task<T> InsertAsync(T document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stored = document with { Version = 1 };
        await Guard(() => collection.InsertOneAsync((T)stored, cancellationToken: cancellationToken), document.Id).ConfigureAwait(false);
        return (T)stored;
    }

    public async Task InsertManyAsync(IReadOnlyCollection<T> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var stored = documents.Select(d => (T)(d with { Version = 1 })).ToList();
        if (stored.Count == 0)
        {
            return;
        }

        if (!options.UseTransactions)
        {
            await Guard(() => collection.InsertManyAsync(stored, new InsertManyOptions { IsOrdered = true }, cancellationToken)).ConfigureAwait(false);
            return;
        }

        // All or none: one transaction, so an import that fails half-way leaves nothing behind.
        await Guard(async () =>
        {
            using var session = await client.StartSessionAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await session.WithTransactionAsync(
                async (s, ct) =>
                {
                    await collection.InsertManyAsync(s, stored, new InsertManyOptions { IsOrdered = true }, ct).ConfigureAwait(false);
                    return true;
                },
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public async Task<T> ReplaceAsync(T document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stored = (T)(document with { Version = document.Version + 1 });
        var result = await Guard(() => collection.ReplaceOneAsync(VersionFilter(document.Id, document.Version), stored, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (result.MatchedCount == 0)
        {
            throw new VersionConflictException(Name, document.Id, document.Version);
        }

        return stored;
    }

    public async Task<bool> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var result = await Guard(() => collection.DeleteOneAsync(VersionFilter(id, expectedVersion), cancellationToken)).ConfigureAwait(false);
        if (result.DeletedCount == 1)
        {
            return true;
        }

        var exists = await Guard(() => collection.Find(Builders<T>.Filter.Eq(d => d.Id, id)).AnyAsync(cancellationToken)).ConfigureAwait(false);
        return exists ? throw new VersionConflictException(Name, id, expectedVersion) : false;
    }

    /// <summary>The filter every replace and delete carries: this id, still at this version.</summary>
    public static FilterDefinition<T> VersionFilter(string id, long version) =>
        Builders<T>.Filter.Eq(d => d.Id, id) & Builders<T>.Filter.Eq(d => d.Version, version);

    private Task Guard(Func<Task> write, string? id = null) => Guard(async () =>
    {
        await write().ConfigureAwait(false);
        return true;
    }, id);

    private async Task<TResult> Guard<TResult>(Func<Task<TResult>> operation, string? id = null)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (MongoWriteException e) when (e.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            throw new DuplicateDocumentException(Name, id ?? DuplicateId(e.WriteError.Message));
        }
        catch (MongoBulkWriteException e) when (e.WriteErrors.Any(w => w.Category == ServerErrorCategory.DuplicateKey))
        {
            throw new DuplicateDocumentException(Name, DuplicateId(e.WriteErrors[0].Message));
        }
        catch (Exception e) when (e is TimeoutException or MongoConnectionException)
        {
            throw new StoreUnavailableException($"MongoDB is unreachable ({client.Settings.Servers.FirstOrDefault()}): {e.Message}", e);
        }
    }

    private static string DuplicateId(string message) =>
        message.Split("dup key: ", 2) is [_, var key] ? key.Trim('{', '}', ' ') : "?";
}
