namespace GraphTraining.Data.Documents;

/// <summary>An observation of the associate at work, assigned by an action plan or by hand.</summary>
public sealed record AssociateObservation
{
    public required string ObservationId { get; init; }

    public required string Name { get; init; }

    public ProgressStatus Status { get; init; }

    public AssignmentSource Source { get; init; }

    public DateTime AssignedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public string? ObservedBy { get; init; }

    public DateTime? CompletedAt { get; init; }

    public string? Notes { get; init; }
}
