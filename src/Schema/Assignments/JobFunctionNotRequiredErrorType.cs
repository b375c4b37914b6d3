using GraphQL.Types;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Assignments;

public sealed class JobFunctionNotRequiredErrorType : UserErrorType<JobFunctionNotRequiredError>
{
    public JobFunctionNotRequiredErrorType()
        : base("`addToJobFunctionId` names a job function the item's eligibility does not list.")
    {
        Field(e => e.JobFunctionId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The job function's global id, as given.");
    }
}
