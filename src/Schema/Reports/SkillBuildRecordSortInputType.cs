using GraphTraining.Schema.Conventions.Sorting;

namespace GraphTraining.Schema.Reports;

public sealed class SkillBuildRecordSortInputType : SortInputType
{
    public SkillBuildRecordSortInputType()
        : base("SkillBuildRecordSortInput", "Sort keys for skill build report rows.")
    {
        Sort("employeeNumber", "employeeNumber", "By employee number.");
        Sort("displayName", "displayName", "By the associate's displayed name.");
        Sort("locationId", "locationId", "By location (its id).");
        Sort("checklistName", "checklistName", "By checklist name.");
        Sort("status", "status", "By status (its name).");
        Sort("itemsDone", "itemsDone", "By items signed off.");
        Sort("percentComplete", "percentComplete", "By percentage complete.");
        Sort("milestonesReached", "milestonesReached", "By milestones reached.");
        Sort("assignedAt", "assignedAt", "By assignment date.");
        Sort("startedAt", "startedAt", "By start date.");
        Sort("completedAt", "completedAt", "By completion date.");
        Sort("dueAt", "dueAt", "By due date.");
    }
}
