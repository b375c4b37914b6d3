namespace GraphTraining.Data.Documents;

/// <summary>Who may be assigned a catalog item: empty lists place no restriction.</summary>
public sealed record AssignmentEligibility
{
    public IReadOnlyList<string> UserGroups { get; init; } = [];

    public IReadOnlyList<string> LocationIds { get; init; } = [];

    public IReadOnlyList<string> JobFunctionIds { get; init; } = [];
}
