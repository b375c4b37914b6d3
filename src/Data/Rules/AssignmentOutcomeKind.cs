namespace GraphTraining.Data.Rules;

/// <summary>What an assignment rule decided.</summary>
public enum AssignmentOutcomeKind
{
    Done,
    NotEligible,
    AlreadyAssigned,
    PermanentlyRevoked,

    /// <summary>The job function to add is not one the item's eligibility lists, so adding it would not help.</summary>
    JobFunctionNotRequired,
}
