namespace GraphTraining.Data.Documents;

/// <summary>How a plan ended (pass, fail, ...); new outcomes start inactive.</summary>
public sealed record PlanOutcomeDocument : Document
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>A CSS hex colour such as #2E7D32.</summary>
    public required string Colour { get; init; }

    public bool IsActive { get; init; }
}
