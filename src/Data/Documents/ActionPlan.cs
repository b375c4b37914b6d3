namespace GraphTraining.Data.Documents;

/// <summary>What assigning a job function assigns automatically, each with a due offset.</summary>
public sealed record ActionPlan
{
    public IReadOnlyList<ActionPlanItem> Checklists { get; init; } = [];

    public IReadOnlyList<ActionPlanItem> Certifications { get; init; } = [];

    public IReadOnlyList<ActionPlanItem> Observations { get; init; } = [];
}
