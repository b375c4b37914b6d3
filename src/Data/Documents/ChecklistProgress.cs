namespace GraphTraining.Data.Documents;

/// <summary>The status of one checklist beneath a certification for one associate.</summary>
public sealed record ChecklistProgress
{
    public required string ChecklistId { get; init; }

    public ProgressStatus Status { get; init; }
}
