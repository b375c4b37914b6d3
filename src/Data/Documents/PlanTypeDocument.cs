namespace GraphTraining.Data.Documents;

/// <summary>A kind of 1-to-1 plan; defaults cannot be deleted, new types start inactive.</summary>
public sealed record PlanTypeDocument : Document
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public bool IsActive { get; init; }

    public bool IsDefault { get; init; }
}
