namespace GraphTraining.Data.Store;

/// <summary>A write named a version that is no longer the stored one; reload, re-apply the rule and retry.</summary>
public sealed class VersionConflictException(string collection, string id, long expectedVersion)
    : Exception($"{collection}/{id} is no longer at version {expectedVersion}.")
{
    public string Collection { get; } = collection;

    public string DocumentId { get; } = id;

    public long ExpectedVersion { get; } = expectedVersion;
}
