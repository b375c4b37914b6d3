namespace GraphTraining.Data.Documents;

/// <summary>A named set of permissions given to people.</summary>
public sealed record RoleDocument : Document
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<Permission> Permissions { get; init; } = [];

    public bool IsDefault { get; init; }
}
