namespace GraphTraining.Data.Documents;

/// <summary>A step in a certification's history.</summary>
public enum TimelineEventKind
{
    Assigned,
    Started,
    TierCompleted,
    ChecklistCompleted,
    Certified,
    Expired,
    Suspended,
    Reinstated,
    Revoked,
    Reassigned,
}
