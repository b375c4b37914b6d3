namespace GraphTraining.Data.Documents;

/// <summary>A note added to a plan.</summary>
public sealed record PlanNote
{
    public required string NoteId { get; init; }

    public DateTime At { get; init; }

    public required string By { get; init; }

    public required string Text { get; init; }
}
