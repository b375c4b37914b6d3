namespace GraphTraining.Data.Documents;

/// <summary>A 1-to-1 meeting held under a plan.</summary>
public sealed record PlanMeeting
{
    public required string MeetingId { get; init; }

    public DateTime HeldAt { get; init; }

    public required string HeldBy { get; init; }

    public string? Summary { get; init; }
}
