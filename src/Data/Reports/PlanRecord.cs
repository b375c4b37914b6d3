using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Reports;

/// <summary>
/// One 1-to-1 plan of one associate, flattened for reports: <c>Id</c> is <c>{associateId}/{planId}</c> and
/// <c>Version</c> is always 0.
/// </summary>
public sealed record PlanRecord : Document
{
    public required string AssociateId { get; init; }

    public required string EmployeeNumber { get; init; }

    public required string DisplayName { get; init; }

    public required string LocationId { get; init; }

    public IReadOnlyList<string> LeaderIds { get; init; } = [];

    public IReadOnlyList<string> JobFunctionIds { get; init; } = [];

    public required string PlanId { get; init; }

    public required string PlanTypeId { get; init; }

    /// <summary>The plan type's name; null when the type is gone.</summary>
    public string? PlanTypeName { get; init; }

    public PlanStatus Status { get; init; }

    public string? OutcomeId { get; init; }

    /// <summary>The outcome's name; null without an outcome or when it is gone.</summary>
    public string? OutcomeName { get; init; }

    public required string CreatedBy { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? CompletedAt { get; init; }

    public int MeetingCount { get; init; }

    public int NoteCount { get; init; }

    public int EvidenceCount { get; init; }
}
