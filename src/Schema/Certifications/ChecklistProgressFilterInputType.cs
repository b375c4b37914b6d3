using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Certifications;

public sealed class ChecklistProgressFilterInputType : ObjectFilterInputType
{
    public ChecklistProgressFilterInputType()
        : base("ChecklistProgressFilterInput", "Conditions on a checklist beneath a certification.")
    {
        Filter<IdOperationFilterInputType>("checklistId", "checklistId", "The checklist, as a ChecklistDefinition id.", idType: "ChecklistDefinition");
        Filter<EnumOperationFilterInputType<ProgressStatusType>>("status", "status", "The checklist's status.");
    }
}
