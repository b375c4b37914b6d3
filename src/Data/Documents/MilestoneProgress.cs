namespace GraphTraining.Data.Documents;

/// <summary>A checklist milestone the associate has reached.</summary>
public sealed record MilestoneProgress
{
    public required string MilestoneId { get; init; }

    public DateTime ReachedAt { get; init; }
}
