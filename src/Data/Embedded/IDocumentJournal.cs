namespace GraphTraining.Data.Embedded;

/// <summary>
/// Where the embedded store makes its writes durable. Every call comes from one writer at a time (the store's
/// write gate), and a write returns only once it is committed.
/// </summary>
internal interface IDocumentJournal : IDisposable
{
    /// <summary>The SQLite file, or null when nothing outlives the process.</summary>
    string? DatabasePath { get; }

    /// <summary>Every committed document, in no particular order.</summary>
    IEnumerable<JournalRecord> ReadAll();

    /// <summary>Inserts every record in one transaction: all or none.</summary>
    Task InsertAsync(IReadOnlyList<JournalRecord> records);

    /// <summary>False when the stored version is not <paramref name="expectedVersion"/> (or the document is gone).</summary>
    Task<bool> ReplaceAsync(JournalRecord record, long expectedVersion);

    /// <summary>False when no document has this id and version.</summary>
    Task<bool> DeleteAsync(string collection, string id, long expectedVersion);

    Task<bool> PingAsync();

    /// <summary>The value of a pragma on the write connection (null without SQLite), so tests can check durability settings.</summary>
    Task<string?> ReadPragmaAsync(string name);
}
