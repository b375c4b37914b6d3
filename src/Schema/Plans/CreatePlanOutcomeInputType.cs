using GraphQL.Types;

namespace GraphTraining.Schema.Plans;

public sealed class CreatePlanOutcomeInputType : InputObjectGraphType<CreatePlanOutcomeInput>
{
    public CreatePlanOutcomeInputType()
    {
        Name = "CreatePlanOutcomeInput";
        Field(i => i.Name).Description("The outcome's name, unique ignoring case.");
        Field(i => i.Description, nullable: true).Description("What the outcome means.");
        Field(i => i.Colour).Description("Its colour in reports, as #RRGGBB.");
        Field(i => i.IsActive, nullable: true).Description("Whether it can be set at once; new outcomes start inactive (a draft).");
    }
}
