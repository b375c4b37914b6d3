namespace GraphTraining.Data.Rules;

/// <summary>What a role rule decided.</summary>
public enum RoleOutcome
{
    Done,
    NameRequired,
    NameTaken,
    RoleIsDefault,
    RoleInUse,
    LastRoleManager,
}
