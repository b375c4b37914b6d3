namespace GraphTraining.Data.Documents;

/// <summary>One checklist item signed off, by which skill builder and when.</summary>
public sealed record ChecklistItemProgress
{
    public required string ItemId { get; init; }

    public DateTime DoneAt { get; init; }

    public required string DoneBy { get; init; }
}
