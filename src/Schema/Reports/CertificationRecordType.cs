using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Locations;

namespace GraphTraining.Schema.Reports;

public sealed class CertificationRecordType : ObjectGraphType<CertificationRecord>
{
    public CertificationRecordType()
    {
        Name = "CertificationRecord";
        Description = "One associate's standing on one certification, as a report row.";
        this.Reference<CertificationRecord, NonNullGraphType<AssociateType>, AssociateDocument>("associate", r => r.AssociateId, l => l.Associates)
            .Description("The associate.");
        Field(r => r.EmployeeNumber).Description("The associate's employee number.");
        Field(r => r.DisplayName).Description("The associate's displayed name.");
        this.Reference<CertificationRecord, LocationType, LocationDocument>("location", r => r.LocationId, l => l.Locations)
            .Description("Where the associate works.");
        this.Reference<CertificationRecord, CertificationDefinitionType, CertificationDefinitionDocument>("certification", r => r.CertificationId, l => l.Certifications)
            .Description("The certification's catalog definition.");
        Field(r => r.CertificationName, nullable: true).Description("The certification's name; null when its definition is gone.");
        Field(r => r.Status, type: typeof(NonNullGraphType<CertificationStatusType>)).Description("The associate's status on the certification.");
        Field(r => r.Source, type: typeof(NonNullGraphType<AssignmentSourceType>)).Description("How it was assigned.");
        Field(r => r.TiersCompleted).Description("How many tiers the associate has completed.");
        Field(r => r.TiersTotal).Description("How many tiers the certification has.");
        Field(r => r.CurrentTier, nullable: true).Description("The name of the highest tier completed; null when none is.");
        Field(r => r.AssignedAt).Description("When it was assigned.");
        Field(r => r.DueAt, nullable: true).Description("When it is due.");
        Field(r => r.CertifiedAt, nullable: true).Description("When it was earned.");
        Field(r => r.ExpiresAt, nullable: true).Description("When it stops being valid.");
        Field(r => r.RevocationDetermination, type: typeof(RevocationDeterminationType)).Description("The determination of its revocation, when revoked or suspended.");
    }
}
