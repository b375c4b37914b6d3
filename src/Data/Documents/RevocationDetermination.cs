namespace GraphTraining.Data.Documents;

/// <summary>What a revocation means for the associate: re-earn, reinstate later, or never again.</summary>
public enum RevocationDetermination
{
    Recertification,
    Suspension,
    Permanent,
}
