using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Plans;

public sealed class PlanTypeIsActiveErrorType : UserErrorType<PlanTypeIsActiveError>
{
    public PlanTypeIsActiveErrorType()
        : base("A plan type must be inactive before it can be deleted.")
    {
        Field(e => e.Name).Description("The plan type's name.");
    }
}
