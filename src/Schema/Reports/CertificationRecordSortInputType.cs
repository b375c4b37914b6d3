using GraphTraining.Schema.Conventions.Sorting;

namespace GraphTraining.Schema.Reports;

public sealed class CertificationRecordSortInputType : SortInputType
{
    public CertificationRecordSortInputType()
        : base("CertificationRecordSortInput", "Sort keys for certification report rows.")
    {
        Sort("employeeNumber", "employeeNumber", "By employee number.");
        Sort("displayName", "displayName", "By the associate's displayed name.");
        Sort("locationId", "locationId", "By location (its id).");
        Sort("certificationName", "certificationName", "By certification name.");
        Sort("status", "status", "By status (its name).");
        Sort("source", "source", "By how it was assigned.");
        Sort("tiersCompleted", "tiersCompleted", "By tiers completed.");
        Sort("currentTier", "currentTier", "By the name of the highest completed tier.");
        Sort("assignedAt", "assignedAt", "By assignment date.");
        Sort("dueAt", "dueAt", "By due date.");
        Sort("certifiedAt", "certifiedAt", "By certification date.");
        Sort("expiresAt", "expiresAt", "By expiry date.");
    }
}
