namespace GraphTraining.Data.Documents;

/// <summary>A level within a certification, completed in order.</summary>
public sealed record CertificationTier
{
    public required string TierId { get; init; }

    public required string Name { get; init; }

    public int Order { get; init; }
}
