namespace GraphTraining.Data.Documents;

/// <summary>The status of one tier of a certification for one associate.</summary>
public sealed record TierProgress
{
    public required string TierId { get; init; }

    public ProgressStatus Status { get; init; }

    public DateTime? CompletedAt { get; init; }
}
