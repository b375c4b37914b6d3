namespace GraphTraining.Data.Documents;

/// <summary>What a leader is told about.</summary>
public enum NotificationKind
{
    JobFunctionAssigned,
    ChecklistAssigned,
    CertificationAssigned,
    ObservationAssigned,
    ChecklistCompleted,
    CertificationCompleted,
    CertificationRevoked,
    PlanOutcomeDecided,
}
