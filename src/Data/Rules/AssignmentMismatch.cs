namespace GraphTraining.Data.Rules;

/// <summary>Which part of a catalog item's eligibility an associate does not meet.</summary>
public enum AssignmentMismatch
{
    UserGroup,
    Location,
    JobFunction,
}
