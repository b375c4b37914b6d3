namespace GraphTraining.Data.Documents;

/// <summary>A job function and the action plan that runs when someone is given it.</summary>
public sealed record JobFunctionDocument : Document
{
    public required string Name { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<string> LocationIds { get; init; } = [];

    public ActionPlan ActionPlan { get; init; } = new();
}
