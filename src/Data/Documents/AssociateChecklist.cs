namespace GraphTraining.Data.Documents;

/// <summary>A skill build checklist assigned to an associate, on its own or by a certification.</summary>
public sealed record AssociateChecklist
{
    public required string ChecklistId { get; init; }

    public ProgressStatus Status { get; init; }

    public AssignmentSource Source { get; init; }

    /// <summary>The certification that brought this checklist, when one did.</summary>
    public string? CertificationId { get; init; }

    public DateTime AssignedAt { get; init; }

    public string? AssignedBy { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? StartedAt { get; init; }

    public DateTime? CompletedAt { get; init; }

    public IReadOnlyList<ChecklistItemProgress> Items { get; init; } = [];

    public IReadOnlyList<MilestoneProgress> Milestones { get; init; } = [];
}
