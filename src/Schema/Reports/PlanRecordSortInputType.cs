using GraphTraining.Schema.Conventions.Sorting;

namespace GraphTraining.Schema.Reports;

public sealed class PlanRecordSortInputType : SortInputType
{
    public PlanRecordSortInputType()
        : base("PlanRecordSortInput", "Sort keys for 1-to-1 plan report rows.")
    {
        Sort("employeeNumber", "employeeNumber", "By employee number.");
        Sort("displayName", "displayName", "By the associate's displayed name.");
        Sort("locationId", "locationId", "By location (its id).");
        Sort("planTypeName", "planTypeName", "By plan type name.");
        Sort("status", "status", "By status (its name).");
        Sort("outcomeName", "outcomeName", "By outcome name.");
        Sort("createdAt", "createdAt", "By creation date.");
        Sort("dueAt", "dueAt", "By due date.");
        Sort("completedAt", "completedAt", "By completion date.");
        Sort("meetingCount", "meetingCount", "By number of meetings.");
        Sort("noteCount", "noteCount", "By number of notes.");
    }
}
