using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Reports;

public sealed class CertificationRecordFilterInputType : ReportFilterInputType
{
    public CertificationRecordFilterInputType()
        : base("CertificationRecordFilterInput", "Conditions on certification report rows.")
    {
        Filter<IdOperationFilterInputType>("certificationId", "certificationId", "The certification, as a CertificationDefinition id.", idType: "CertificationDefinition");
        Filter<StringOperationFilterInputType>("certificationName", "certificationName", "The certification's name.");
        Filter<EnumOperationFilterInputType<CertificationStatusType>>("status", "status", "The associate's status on it.");
        Filter<EnumOperationFilterInputType<AssignmentSourceType>>("source", "source", "How it was assigned.");
        Filter<ComparableInt32OperationFilterInputType>("tiersCompleted", "tiersCompleted", "How many tiers are completed.");
        Filter<ComparableInt32OperationFilterInputType>("tiersTotal", "tiersTotal", "How many tiers the certification has.");
        Filter<StringOperationFilterInputType>("currentTier", "currentTier", "The name of the highest completed tier.");
        Filter<ComparableDateTimeOperationFilterInputType>("assignedAt", "assignedAt", "When it was assigned.");
        Filter<ComparableDateTimeOperationFilterInputType>("dueAt", "dueAt", "When it is due.");
        Filter<ComparableDateTimeOperationFilterInputType>("certifiedAt", "certifiedAt", "When it was earned.");
        Filter<ComparableDateTimeOperationFilterInputType>("expiresAt", "expiresAt", "When it stops being valid.");
        Filter<EnumOperationFilterInputType<RevocationDeterminationType>>("revocationDetermination", "revocationDetermination", "The determination of its revocation.");
    }
}
