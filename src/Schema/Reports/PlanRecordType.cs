using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Locations;
using GraphTraining.Schema.Plans;

namespace GraphTraining.Schema.Reports;

public sealed class PlanRecordType : ObjectGraphType<PlanRecord>
{
    public PlanRecordType()
    {
        Name = "PlanRecord";
        Description = "One 1-to-1 plan of one associate, as a report row.";
        this.Reference<PlanRecord, NonNullGraphType<AssociateType>, AssociateDocument>("associate", r => r.AssociateId, l => l.Associates)
            .Description("The associate the plan is for.");
        Field(r => r.EmployeeNumber).Description("The associate's employee number.");
        Field(r => r.DisplayName).Description("The associate's displayed name.");
        this.Reference<PlanRecord, LocationType, LocationDocument>("location", r => r.LocationId, l => l.Locations)
            .Description("Where the associate works.");
        Field(r => r.PlanId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The plan's id within the associate's profile.");
        this.Reference<PlanRecord, PlanTypeType, PlanTypeDocument>("planType", r => r.PlanTypeId, l => l.PlanTypes)
            .Description("The kind of plan.");
        Field(r => r.PlanTypeName, nullable: true).Description("The plan type's name; null when the type is gone.");
        Field(r => r.Status, type: typeof(NonNullGraphType<PlanStatusType>)).Description("Where the plan stands.");
        this.Reference<PlanRecord, PlanOutcomeType, PlanOutcomeDocument>("outcome", r => r.OutcomeId, l => l.PlanOutcomes)
            .Description("How the plan ended, once it has an outcome.");
        Field(r => r.OutcomeName, nullable: true).Description("The outcome's name; null without an outcome.");
        this.Reference<PlanRecord, AssociateType, AssociateDocument>("createdBy", r => r.CreatedBy, l => l.Associates)
            .Description("Who created the plan.");
        Field(r => r.CreatedAt).Description("When the plan was created.");
        Field(r => r.DueAt, nullable: true).Description("When the plan is due.");
        Field(r => r.CompletedAt, nullable: true).Description("When the plan was completed.");
        Field(r => r.MeetingCount).Description("How many meetings the plan has.");
        Field(r => r.NoteCount).Description("How many notes the plan has.");
        Field(r => r.EvidenceCount).Description("How many evidence files were uploaded.");
    }
}
