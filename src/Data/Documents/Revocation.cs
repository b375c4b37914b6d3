namespace GraphTraining.Data.Documents;

/// <summary>Why and how a certification was taken away.</summary>
public sealed record Revocation
{
    public RevocationDetermination Determination { get; init; }

    public required string Reason { get; init; }

    public string? Notes { get; init; }

    public required string By { get; init; }

    public DateTime At { get; init; }
}
