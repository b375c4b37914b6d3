namespace GraphTraining.Data.Documents;

/// <summary>A dated step in a certification's history.</summary>
public sealed record TimelineEvent
{
    public TimelineEventKind Kind { get; init; }

    public DateTime At { get; init; }

    public string? By { get; init; }

    public string? Note { get; init; }
}
