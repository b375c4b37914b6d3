using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Plans;

public sealed class PlanStatusType : EnumerationGraphType<PlanStatus>
{
    public PlanStatusType()
    {
        Name = "PlanStatus";
        Description = "Lifecycle of a 1-to-1 plan.";
    }
}
