namespace GraphTraining.Data.Documents;

/// <summary>Progress of a checklist, a certification tier or an observation.</summary>
public enum ProgressStatus
{
    NotStarted,
    InProgress,
    Completed,
}
