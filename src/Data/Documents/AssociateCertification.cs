namespace GraphTraining.Data.Documents;

/// <summary>One certification assigned to an associate, with the status of each tier and checklist beneath it.</summary>
public sealed record AssociateCertification
{
    public required string CertificationId { get; init; }

    public CertificationStatus Status { get; init; }

    public AssignmentSource Source { get; init; }

    public IReadOnlyList<TierProgress> Tiers { get; init; } = [];

    public IReadOnlyList<ChecklistProgress> Checklists { get; init; } = [];

    public DateTime AssignedAt { get; init; }

    public string? AssignedBy { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? CertifiedAt { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public Revocation? Revocation { get; init; }

    public IReadOnlyList<TimelineEvent> Timeline { get; init; } = [];
}
