using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Certifications;

public sealed class AssociateCertificationType : ObjectGraphType<AssociateCertification>
{
    public AssociateCertificationType()
    {
        Name = "AssociateCertification";
        Description = "A certification assigned to an associate, with the status of each tier and checklist beneath it and its timeline.";
        this.Reference<AssociateCertification, CertificationDefinitionType, CertificationDefinitionDocument>("certification", c => c.CertificationId, l => l.Certifications)
            .Description("The certification's catalog definition.");
        Field(c => c.Status, type: typeof(NonNullGraphType<CertificationStatusType>)).Description("The associate's status on this certification.");
        Field(c => c.Source, type: typeof(NonNullGraphType<AssignmentSourceType>)).Description("How the certification was assigned.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TierProgressType>>>>("tiers")
            .Description("The status of each tier.")
            .Resolve(context => context.Source.Tiers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistProgressType>>>>("checklists")
            .Description("The status of each skill build checklist beneath the certification.")
            .Resolve(context => context.Source.Checklists);
        Field(c => c.AssignedAt).Description("When it was assigned.");
        this.Reference<AssociateCertification, AssociateType, AssociateDocument>("assignedBy", c => c.AssignedBy, l => l.Associates)
            .Description("Who assigned it; null when an action plan did.");
        Field(c => c.DueAt, nullable: true).Description("When it is due.");
        Field(c => c.CertifiedAt, nullable: true).Description("When it was earned.");
        Field(c => c.ExpiresAt, nullable: true).Description("When it stops being valid.");
        Field<RevocationType>("revocation")
            .Description("Why and how it was revoked or suspended, when it was.")
            .Resolve(context => context.Source.Revocation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEventType>>>>("timeline")
            .Description("Every step of its history, oldest first.")
            .Resolve(context => context.Source.Timeline);
    }
}
