using GraphQL.Types;

namespace GraphTraining.Schema.Reports;

public sealed class PlanOutcomeSummaryGroupByType : EnumerationGraphType
{
    public PlanOutcomeSummaryGroupByType()
    {
        Name = "PlanOutcomeSummaryGroupBy";
        Description = "What 1-to-1 plan rows can be counted by.";
        Add("LOCATION", "locationId", "By the associate's location.");
        Add("PLAN_TYPE", "planTypeId", "By plan type.");
        Add("OUTCOME", "outcomeId", "By outcome (null for plans without one).");
        Add("STATUS", "status", "By status.");
    }
}
