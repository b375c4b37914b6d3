namespace GraphTraining.Data.Documents;

/// <summary>One skill to be signed off on a checklist.</summary>
public sealed record ChecklistItem
{
    public required string ItemId { get; init; }

    public required string Text { get; init; }

    public int Order { get; init; }
}
