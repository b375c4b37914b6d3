using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Plans;

public sealed class PlanTypeIsDefaultErrorType : UserErrorType<PlanTypeIsDefaultError>
{
    public PlanTypeIsDefaultErrorType()
        : base("A default plan type cannot be deleted; deactivate it instead.")
    {
        Field(e => e.Name).Description("The plan type's name.");
    }
}
