using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Checklists;

public sealed class AssociateChecklistFilterInputType : ObjectFilterInputType
{
    public AssociateChecklistFilterInputType()
        : base("AssociateChecklistFilterInput", "Conditions on a skill build checklist assigned to an associate.")
    {
        Filter<IdOperationFilterInputType>("checklistId", "checklistId", "The checklist, as a ChecklistDefinition id.", idType: "ChecklistDefinition");
        Filter<EnumOperationFilterInputType<ProgressStatusType>>("status", "status", "NOT_STARTED, IN_PROGRESS or COMPLETED.");
        Filter<EnumOperationFilterInputType<AssignmentSourceType>>("source", "source", "How it was assigned.");
        Filter<IdOperationFilterInputType>("certificationId", "certificationId", "The certification that brought it, as a CertificationDefinition id.", idType: "CertificationDefinition");
        Filter<ComparableDateTimeOperationFilterInputType>("assignedAt", "assignedAt", "When it was assigned.");
        Filter<ComparableDateTimeOperationFilterInputType>("dueAt", "dueAt", "When it is due.");
        Filter<ComparableDateTimeOperationFilterInputType>("startedAt", "startedAt", "When the first item was done.");
        Filter<ComparableDateTimeOperationFilterInputType>("completedAt", "completedAt", "When the last item was done.");
        Filter<ListFilterInputType<ChecklistItemProgressFilterInputType>>("items", "items", "Items signed off.");
        Filter<ListFilterInputType<MilestoneProgressFilterInputType>>("milestones", "milestones", "Milestones reached.");
    }
}
