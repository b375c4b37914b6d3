using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Locations;
using GraphTraining.Schema.Plans;

namespace GraphTraining.Schema.Reports;

public sealed class PlanOutcomeSummaryGroupType : ObjectGraphType<ReportSummaryGroup>
{
    public PlanOutcomeSummaryGroupType()
    {
        Name = "PlanOutcomeSummaryGroup";
        Description = "How many 1-to-1 plans share these key values; keys not grouped by are null.";
        this.Reference<ReportSummaryGroup, LocationType, LocationDocument>("location", g => g.Key("locationId"), l => l.Locations)
            .Description("The location, when grouped by LOCATION.");
        this.Reference<ReportSummaryGroup, PlanTypeType, PlanTypeDocument>("planType", g => g.Key("planTypeId"), l => l.PlanTypes)
            .Description("The plan type, when grouped by PLAN_TYPE.");
        this.Reference<ReportSummaryGroup, PlanOutcomeType, PlanOutcomeDocument>("outcome", g => g.Key("outcomeId"), l => l.PlanOutcomes)
            .Description("The outcome, when grouped by OUTCOME; null also for plans without one.");
        Field<PlanStatusType>("status").Description("The status, when grouped by STATUS.").Resolve(c => c.Source.Status<PlanStatus>());
        Field(g => g.Count, type: typeof(NonNullGraphType<IntGraphType>)).Description("How many plans are in the group.");
    }
}
