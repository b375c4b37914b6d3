namespace GraphTraining.Data.Store;

/// <summary>The <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary><c>Embedded</c> (default: memory + SQLite, no external process) or <c>Mongo</c>.</summary>
    public string Provider { get; set; } = "Embedded";

    /// <summary>Where the embedded store keeps its SQLite file; empty keeps everything in memory only.</summary>
    public string? DataDirectory { get; set; } = "data";

    /// <summary>Seed demo data into an empty store at start-up.</summary>
    public bool SeedDemoData { get; set; } = true;
}
