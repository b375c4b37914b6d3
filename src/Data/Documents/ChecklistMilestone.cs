namespace GraphTraining.Data.Documents;

/// <summary>A named point on a checklist, reached when the given number of items are done.</summary>
public sealed record ChecklistMilestone
{
    public required string MilestoneId { get; init; }

    public required string Name { get; init; }

    public int AfterItems { get; init; }
}
