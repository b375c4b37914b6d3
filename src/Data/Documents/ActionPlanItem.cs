namespace GraphTraining.Data.Documents;

/// <summary>One requirement of an action plan: the definition it assigns and how many days the associate has.</summary>
public sealed record ActionPlanItem
{
    public required string DefinitionId { get; init; }

    /// <summary>For observations, which have no catalog of their own, the name to give the assignment.</summary>
    public string? Name { get; init; }

    public int DueInDays { get; init; }
}
