using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Plans;

public sealed class AssociatePlanFilterInputType : ObjectFilterInputType
{
    public AssociatePlanFilterInputType()
        : base("AssociatePlanFilterInput", "Conditions on a 1-to-1 plan.")
    {
        Filter<IdOperationFilterInputType>("planTypeId", "planTypeId", "The kind of plan, as a PlanType id.", idType: "PlanType");
        Filter<StringOperationFilterInputType>("objective", "objective", "The agreed objective.");
        Filter<EnumOperationFilterInputType<PlanStatusType>>("status", "status", "Where the plan stands.");
        Filter<IdOperationFilterInputType>("outcomeId", "outcomeId", "How it ended, as a PlanOutcome id.", idType: "PlanOutcome");
        Filter<IdOperationFilterInputType>("createdBy", "createdBy", "Who created it, as an Associate id.", idType: "Associate");
        Filter<ComparableDateTimeOperationFilterInputType>("createdAt", "createdAt", "When it was created.");
        Filter<ComparableDateTimeOperationFilterInputType>("dueAt", "dueAt", "When it should be concluded.");
        Filter<ComparableDateTimeOperationFilterInputType>("completedAt", "completedAt", "When it was concluded.");
    }
}
