namespace GraphTraining.Data.Documents;

/// <summary>Lifecycle of a 1-to-1 plan.</summary>
public enum PlanStatus
{
    InProgress,
    Completed,
    Cancelled,
}
