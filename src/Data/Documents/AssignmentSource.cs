namespace GraphTraining.Data.Documents;

/// <summary>How a checklist or certification reached an associate.</summary>
public enum AssignmentSource
{
    ActionPlan,
    Manual,
}
