namespace GraphTraining.Data.Documents;

/// <summary>A stored document: its id and the version that guards every write (optimistic concurrency).</summary>
public abstract record Document
{
    public required string Id { get; init; }

    /// <summary>Incremented by the store on every successful replace; a write naming an older version is refused.</summary>
    public long Version { get; init; }
}
