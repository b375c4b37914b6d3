namespace GraphTraining.Data.Seeding.Training;

/// <summary>What happened to one assigned certification; each story ends in one <c>CertificationStatus</c>.</summary>
internal enum CertificationStory
{
    Assigned,
    Reassigned,
    InProgress,
    Certified,
    Reinstated,
    Expired,
    Suspended,
    RevokedForRecertification,
    RevokedPermanently,
}
