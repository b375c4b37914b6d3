using GraphQL.Types;

namespace GraphTraining.Schema.Plans;

public sealed class UpdatePlanOutcomeInputType : InputObjectGraphType<UpdatePlanOutcomeInput>
{
    public UpdatePlanOutcomeInputType()
    {
        Name = "UpdatePlanOutcomeInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan outcome's global id.");
        Field(i => i.Name, nullable: true).Description("A new name; omit to keep it.");
        Field(i => i.Description, nullable: true).Description("A new description; omit to keep it, empty to clear it.");
        Field(i => i.Colour, nullable: true).Description("A new colour as #RRGGBB; omit to keep it.");
        Field(i => i.IsActive, nullable: true).Description("Activate or deactivate; omit to keep it.");
    }
}
