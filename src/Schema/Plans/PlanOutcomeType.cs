using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;

namespace GraphTraining.Schema.Plans;

public sealed class PlanOutcomeType : ObjectGraphType<PlanOutcomeDocument>
{
    public PlanOutcomeType()
    {
        Name = "PlanOutcome";
        Description = "How a plan ended (pass, fail, ...). Only active outcomes can be set on an in-progress plan.";
        this.IsNode();
        Field(o => o.Name).Description("The outcome's name.");
        Field(o => o.Description, nullable: true).Description("What the outcome means.");
        Field(o => o.Colour).Description("Its colour in reports, as #RRGGBB.");
        Field(o => o.IsActive).Description("Whether the outcome can be set on plans.");
    }
}
