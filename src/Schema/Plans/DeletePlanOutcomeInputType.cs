using GraphQL.Types;

namespace GraphTraining.Schema.Plans;

public sealed class DeletePlanOutcomeInputType : InputObjectGraphType<DeleteInput>
{
    public DeletePlanOutcomeInputType()
    {
        Name = "DeletePlanOutcomeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan outcome's global id.");
    }
}
