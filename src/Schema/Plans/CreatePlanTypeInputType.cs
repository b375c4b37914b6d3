using GraphQL.Types;

namespace GraphTraining.Schema.Plans;

public sealed class CreatePlanTypeInputType : InputObjectGraphType<CreatePlanTypeInput>
{
    public CreatePlanTypeInputType()
    {
        Name = "CreatePlanTypeInput";
        Field(i => i.Name).Description("The type's name, unique ignoring case.");
        Field(i => i.Description, nullable: true).Description("What plans of this type are for.");
        Field(i => i.IsActive, nullable: true).Description("Whether it can be chosen at once; new types start inactive (a draft).");
    }
}
