namespace GraphTraining.Data.Documents;

/// <summary>Where an associate stands on one certification.</summary>
public enum CertificationStatus
{
    Assigned,
    InProgress,
    Certified,
    Expired,
    Suspended,
    Revoked,
}
