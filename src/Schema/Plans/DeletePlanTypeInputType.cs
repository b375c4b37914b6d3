using GraphQL.Types;

namespace GraphTraining.Schema.Plans;

public sealed class DeletePlanTypeInputType : InputObjectGraphType<DeleteInput>
{
    public DeletePlanTypeInputType()
    {
        Name = "DeletePlanTypeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan type's global id.");
    }
}
