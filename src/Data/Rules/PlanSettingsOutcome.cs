namespace GraphTraining.Data.Rules;

/// <summary>What a plan type or plan outcome rule decided.</summary>
public enum PlanSettingsOutcome
{
    Done,
    NameRequired,
    NameTaken,
    InvalidColour,
    TypeIsDefault,
    TypeIsActive,
}
