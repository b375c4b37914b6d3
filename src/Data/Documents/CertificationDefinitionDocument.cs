namespace GraphTraining.Data.Documents;

/// <summary>A certification in the catalog: its tiers, the checklists beneath it and who may be assigned it.</summary>
public sealed record CertificationDefinitionDocument : Document
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<CertificationTier> Tiers { get; init; } = [];

    public IReadOnlyList<string> ChecklistIds { get; init; } = [];

    /// <summary>Checklists that must be completed before skill building for this certification starts.</summary>
    public IReadOnlyList<string> PrerequisiteChecklistIds { get; init; } = [];

    /// <summary>When set, the last step may not be completed on the same day as the first.</summary>
    public bool ForbidSingleDayCompletion { get; init; }

    /// <summary>How long a certification stays valid once earned; null means it never expires.</summary>
    public int? ValidForDays { get; init; }

    public AssignmentEligibility Eligibility { get; init; } = new();
}
