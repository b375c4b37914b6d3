using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Plans;

namespace GraphTraining.Schema.Reports;

public sealed class PlanRecordFilterInputType : ReportFilterInputType
{
    public PlanRecordFilterInputType()
        : base("PlanRecordFilterInput", "Conditions on 1-to-1 plan report rows.")
    {
        Filter<IdOperationFilterInputType>("planTypeId", "planTypeId", "The kind of plan, as a PlanType id.", idType: "PlanType");
        Filter<StringOperationFilterInputType>("planTypeName", "planTypeName", "The plan type's name.");
        Filter<EnumOperationFilterInputType<PlanStatusType>>("status", "status", "Where the plan stands.");
        Filter<IdOperationFilterInputType>("outcomeId", "outcomeId", "How the plan ended, as a PlanOutcome id.", idType: "PlanOutcome");
        Filter<StringOperationFilterInputType>("outcomeName", "outcomeName", "The outcome's name.");
        Filter<IdOperationFilterInputType>("createdBy", "createdBy", "Who created it, as an Associate id.", idType: "Associate");
        Filter<ComparableDateTimeOperationFilterInputType>("createdAt", "createdAt", "When it was created.");
        Filter<ComparableDateTimeOperationFilterInputType>("dueAt", "dueAt", "When it is due.");
        Filter<ComparableDateTimeOperationFilterInputType>("completedAt", "completedAt", "When it was completed.");
        Filter<ComparableInt32OperationFilterInputType>("meetingCount", "meetingCount", "How many meetings it has.");
        Filter<ComparableInt32OperationFilterInputType>("noteCount", "noteCount", "How many notes it has.");
        Filter<ComparableInt32OperationFilterInputType>("evidenceCount", "evidenceCount", "How many evidence files it has.");
    }
}
