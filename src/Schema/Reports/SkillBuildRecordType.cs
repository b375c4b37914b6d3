using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Locations;

namespace GraphTraining.Schema.Reports;

public sealed class SkillBuildRecordType : ObjectGraphType<SkillBuildRecord>
{
    public SkillBuildRecordType()
    {
        Name = "SkillBuildRecord";
        Description = "One associate's progress on one skill build checklist, as a report row.";
        this.Reference<SkillBuildRecord, NonNullGraphType<AssociateType>, AssociateDocument>("associate", r => r.AssociateId, l => l.Associates)
            .Description("The associate.");
        Field(r => r.EmployeeNumber).Description("The associate's employee number.");
        Field(r => r.DisplayName).Description("The associate's displayed name.");
        this.Reference<SkillBuildRecord, LocationType, LocationDocument>("location", r => r.LocationId, l => l.Locations)
            .Description("Where the associate works.");
        this.Reference<SkillBuildRecord, ChecklistDefinitionType, ChecklistDefinitionDocument>("checklist", r => r.ChecklistId, l => l.Checklists)
            .Description("The checklist's catalog definition.");
        Field(r => r.ChecklistName, nullable: true).Description("The checklist's name; null when its definition is gone.");
        this.Reference<SkillBuildRecord, CertificationDefinitionType, CertificationDefinitionDocument>("certification", r => r.CertificationId, l => l.Certifications)
            .Description("The certification that brought the checklist, when one did.");
        Field(r => r.Status, type: typeof(NonNullGraphType<ProgressStatusType>)).Description("Where the associate stands on the checklist.");
        Field(r => r.Source, type: typeof(NonNullGraphType<AssignmentSourceType>)).Description("How it was assigned.");
        Field(r => r.ItemsDone).Description("How many items are signed off.");
        Field(r => r.ItemsTotal).Description("How many items the checklist has.");
        Field(r => r.PercentComplete).Description("Items done as a percentage of items in the checklist, rounded down.");
        Field(r => r.MilestonesReached).Description("How many milestones the associate has reached.");
        this.Reference<SkillBuildRecord, AssociateType, AssociateDocument>("lastSkillBuilder", r => r.LastSkillBuilderId, l => l.Associates)
            .Description("The skill builder who signed off the latest item; null when none is done.");
        Field(r => r.AssignedAt).Description("When it was assigned.");
        Field(r => r.StartedAt, nullable: true).Description("When skill building started.");
        Field(r => r.CompletedAt, nullable: true).Description("When it was completed.");
        Field(r => r.DueAt, nullable: true).Description("When it is due.");
    }
}
