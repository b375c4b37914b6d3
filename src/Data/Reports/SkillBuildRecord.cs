using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Reports;

/// <summary>
/// One associate's progress on one skill build checklist, flattened for reports: <c>Id</c> is
/// <c>{associateId}/{checklistId}</c> and <c>Version</c> is always 0.
/// </summary>
public sealed record SkillBuildRecord : Document
{
    public required string AssociateId { get; init; }

    public required string EmployeeNumber { get; init; }

    public required string DisplayName { get; init; }

    public required string LocationId { get; init; }

    public IReadOnlyList<string> LeaderIds { get; init; } = [];

    public IReadOnlyList<string> JobFunctionIds { get; init; } = [];

    public required string ChecklistId { get; init; }

    /// <summary>The catalog name; null when the definition is gone.</summary>
    public string? ChecklistName { get; init; }

    /// <summary>The certification that brought the checklist, when one did.</summary>
    public string? CertificationId { get; init; }

    public ProgressStatus Status { get; init; }

    public AssignmentSource Source { get; init; }

    public int ItemsDone { get; init; }

    /// <summary>How many items the catalog defines.</summary>
    public int ItemsTotal { get; init; }

    /// <summary>0–100, rounded down; 0 when the catalog defines no items.</summary>
    public int PercentComplete { get; init; }

    public int MilestonesReached { get; init; }

    /// <summary>Who signed off the latest item (the first of equally late ones); null when no item is done.</summary>
    public string? LastSkillBuilderId { get; init; }

    public DateTime AssignedAt { get; init; }

    public DateTime? StartedAt { get; init; }

    public DateTime? CompletedAt { get; init; }

    public DateTime? DueAt { get; init; }
}
