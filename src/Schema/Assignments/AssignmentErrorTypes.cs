using GraphQL.Types;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Assignments;

public sealed class NotEligibleErrorType : UserErrorType<NotEligibleError>
{
    public NotEligibleErrorType()
        : base("The associate does not meet the item's eligibility; the message names what it requires.")
    {
        Field(e => e.Mismatches, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityMismatchType>>>))
            .Description("Every part of the eligibility the associate does not meet.");
    }
}

public sealed class AlreadyAssignedErrorType : UserErrorType<AlreadyAssignedError>
{
    public AlreadyAssignedErrorType()
        : base("The associate already has the item assigned and not finished.")
    {
        Field(e => e.Name).Description("The item's name.");
    }
}

public sealed class PermanentlyRevokedErrorType : UserErrorType<PermanentlyRevokedError>
{
    public PermanentlyRevokedErrorType()
        : base("The certification was permanently revoked from the associate.")
    {
        Field(e => e.Name).Description("The certification's name.");
    }
}

public sealed class JobFunctionNotRequiredErrorType : UserErrorType<JobFunctionNotRequiredError>
{
    public JobFunctionNotRequiredErrorType()
        : base("`addToJobFunctionId` names a job function the item's eligibility does not list.")
    {
        Field(e => e.JobFunctionId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The job function's global id, as given.");
    }
}
