using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Certifications;

public sealed class AssociateCertificationFilterInputType : ObjectFilterInputType
{
    public AssociateCertificationFilterInputType()
        : base("AssociateCertificationFilterInput", "Conditions on a certification assigned to an associate.")
    {
        Filter<IdOperationFilterInputType>("certificationId", "certificationId", "The certification, as a CertificationDefinition id.", idType: "CertificationDefinition");
        Filter<EnumOperationFilterInputType<CertificationStatusType>>("status", "status", "The associate's status on it.");
        Filter<EnumOperationFilterInputType<AssignmentSourceType>>("source", "source", "How it was assigned.");
        Filter<ComparableDateTimeOperationFilterInputType>("assignedAt", "assignedAt", "When it was assigned.");
        Filter<ComparableDateTimeOperationFilterInputType>("dueAt", "dueAt", "When it is due.");
        Filter<ComparableDateTimeOperationFilterInputType>("certifiedAt", "certifiedAt", "When it was earned.");
        Filter<ComparableDateTimeOperationFilterInputType>("expiresAt", "expiresAt", "When it stops being valid.");
        Filter<ListFilterInputType<TierProgressFilterInputType>>("tiers", "tiers", "Tier statuses.");
        Filter<ListFilterInputType<ChecklistProgressFilterInputType>>("checklists", "checklists", "Statuses of the checklists beneath it.");
        Filter<RevocationFilterInputType>("revocation", "revocation", "Its revocation, when revoked or suspended.");
    }
}
