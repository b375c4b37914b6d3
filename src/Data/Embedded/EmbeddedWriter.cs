namespace GraphTraining.Data.Embedded;

/// <summary>
/// The store's single writer: one write at a time across every collection (SQLite has one writer anyway), so a
/// collection can check versions in memory, commit to the journal and then publish, with nothing in between.
/// </summary>
internal sealed class EmbeddedWriter : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IDocumentJournal _journal;
    private bool _disposed;

    public EmbeddedWriter(IDocumentJournal journal) => _journal = journal;

    public string? DatabasePath => _journal.DatabasePath;

    public IEnumerable<JournalRecord> ReadAll() => _journal.ReadAll();

    /// <summary>
    /// Runs one write under the gate. Cancellation is honoured only while waiting: once a write has the gate it
    /// finishes, so memory never lags behind a commit.
    /// </summary>
    public async Task<TResult> WriteAsync<TResult>(Func<IDocumentJournal, Task<TResult>> write, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await write(_journal).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (!_disposed)
            {
                _disposed = true;
                _journal.Dispose();
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
