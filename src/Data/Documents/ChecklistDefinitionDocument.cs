namespace GraphTraining.Data.Documents;

/// <summary>A skill build checklist in the catalog.</summary>
public sealed record ChecklistDefinitionDocument : Document
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<ChecklistItem> Items { get; init; } = [];

    public IReadOnlyList<ChecklistMilestone> Milestones { get; init; } = [];

    public IReadOnlyList<string> PrerequisiteChecklistIds { get; init; } = [];

    public bool ForbidSingleDayCompletion { get; init; }

    public AssignmentEligibility Eligibility { get; init; } = new();
}
