namespace GraphTraining.Data.Documents;

/// <summary>A job function held by an associate.</summary>
public sealed record AssociateJobFunction
{
    public required string JobFunctionId { get; init; }

    public DateTime AssignedAt { get; init; }

    public string? AssignedBy { get; init; }

    /// <summary>Marks a trainer or coach who may build skills for this job function.</summary>
    public bool IsSkillBuilder { get; init; }
}
