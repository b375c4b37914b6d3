namespace GraphTraining.Data.Documents;

/// <summary>A site where associates work.</summary>
public sealed record LocationDocument : Document
{
    public required string Name { get; init; }

    public string? Region { get; init; }
}
