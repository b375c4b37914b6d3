using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Reports;

public sealed class SkillBuildRecordFilterInputType : ReportFilterInputType
{
    public SkillBuildRecordFilterInputType()
        : base("SkillBuildRecordFilterInput", "Conditions on skill build report rows.")
    {
        Filter<IdOperationFilterInputType>("checklistId", "checklistId", "The checklist, as a ChecklistDefinition id.", idType: "ChecklistDefinition");
        Filter<StringOperationFilterInputType>("checklistName", "checklistName", "The checklist's name.");
        Filter<IdOperationFilterInputType>("certificationId", "certificationId", "The certification that brought it, as a CertificationDefinition id.", idType: "CertificationDefinition");
        Filter<EnumOperationFilterInputType<ProgressStatusType>>("status", "status", "Where the associate stands on it.");
        Filter<EnumOperationFilterInputType<AssignmentSourceType>>("source", "source", "How it was assigned.");
        Filter<ComparableInt32OperationFilterInputType>("itemsDone", "itemsDone", "How many items are signed off.");
        Filter<ComparableInt32OperationFilterInputType>("itemsTotal", "itemsTotal", "How many items the checklist has.");
        Filter<ComparableInt32OperationFilterInputType>("percentComplete", "percentComplete", "Percentage of items done, rounded down.");
        Filter<ComparableInt32OperationFilterInputType>("milestonesReached", "milestonesReached", "How many milestones are reached.");
        Filter<IdOperationFilterInputType>("lastSkillBuilderId", "lastSkillBuilderId", "Who signed off the latest item, as an Associate id.", idType: "Associate");
        Filter<ComparableDateTimeOperationFilterInputType>("assignedAt", "assignedAt", "When it was assigned.");
        Filter<ComparableDateTimeOperationFilterInputType>("startedAt", "startedAt", "When skill building started.");
        Filter<ComparableDateTimeOperationFilterInputType>("completedAt", "completedAt", "When it was completed.");
        Filter<ComparableDateTimeOperationFilterInputType>("dueAt", "dueAt", "When it is due.");
    }
}
