namespace GraphTraining.Data.Documents;

/// <summary>A 1-to-1 plan: meetings and notes for one associate under one objective, ending with an outcome.</summary>
public sealed record AssociatePlan
{
    public required string PlanId { get; init; }

    public required string PlanTypeId { get; init; }

    public required string Objective { get; init; }

    public PlanStatus Status { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? CompletedAt { get; init; }

    public string? OutcomeId { get; init; }

    public DateTime? OutcomeSetAt { get; init; }

    public IReadOnlyList<PlanMeeting> Meetings { get; init; } = [];

    public IReadOnlyList<PlanNote> Notes { get; init; } = [];

    public IReadOnlyList<PlanEvidence> Evidence { get; init; } = [];
}
