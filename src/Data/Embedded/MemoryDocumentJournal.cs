namespace GraphTraining.Data.Embedded;

/// <summary>The journal of a memory-only store: accepts every write and keeps nothing.</summary>
internal sealed class MemoryDocumentJournal : IDocumentJournal
{
    public string? DatabasePath => null;

    public IEnumerable<JournalRecord> ReadAll() => [];

    public Task InsertAsync(IReadOnlyList<JournalRecord> records) => Task.CompletedTask;

    public Task<bool> ReplaceAsync(JournalRecord record, long expectedVersion) => Task.FromResult(true);

    public Task<bool> DeleteAsync(string collection, string id, long expectedVersion) => Task.FromResult(true);

    public Task<bool> PingAsync() => Task.FromResult(true);

    public Task<string?> ReadPragmaAsync(string name) => Task.FromResult<string?>(null);

    public void Dispose()
    {
    }
}
