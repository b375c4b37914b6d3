namespace GraphTraining.Data.Mongo;

/// <summary>The <c>Mongo</c> configuration section, used when <c>Store:Provider</c> is <c>Mongo</c>.</summary>
public sealed class MongoOptions
{
    public const string SectionName = "Mongo";

    public string ConnectionString { get; set; } = "mongodb://localhost:27017/?replicaSet=rs0";

    public string Database { get; set; } = "graphtraining";

    /// <summary>How long a request waits for a reachable server before failing with STORE_UNAVAILABLE.</summary>
    public TimeSpan ServerSelectionTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Write many documents in one transaction (needs a replica set or sharded cluster, as Atlas is).</summary>
    public bool UseTransactions { get; set; } = true;
}
