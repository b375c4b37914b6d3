using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;

namespace GraphTraining.Schema.Plans;

public sealed class PlanTypeType : ObjectGraphType<PlanTypeDocument>
{
    public PlanTypeType()
    {
        Name = "PlanType";
        Description = "A kind of 1-to-1 plan. Only active types can be chosen for a new plan; the defaults cannot be deleted.";
        this.IsNode();
        Field(t => t.Name).Description("The type's name.");
        Field(t => t.Description, nullable: true).Description("What plans of this type are for.");
        Field(t => t.IsActive).Description("Whether the type can be chosen for a new plan.");
        Field(t => t.IsDefault).Description("Whether this is one of the default types, which can be deactivated but never deleted.");
    }
}
