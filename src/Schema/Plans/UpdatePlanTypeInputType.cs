using GraphQL.Types;

namespace GraphTraining.Schema.Plans;

public sealed class UpdatePlanTypeInputType : InputObjectGraphType<UpdatePlanTypeInput>
{
    public UpdatePlanTypeInputType()
    {
        Name = "UpdatePlanTypeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan type's global id.");
        Field(i => i.Name, nullable: true).Description("A new name; omit to keep it.");
        Field(i => i.Description, nullable: true).Description("A new description; omit to keep it, empty to clear it.");
        Field(i => i.IsActive, nullable: true).Description("Activate or deactivate; omit to keep it.");
    }
}
