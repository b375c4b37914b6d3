using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Certifications;

public sealed class CertificationDefinitionType : ObjectGraphType<CertificationDefinitionDocument>
{
    public CertificationDefinitionType()
    {
        Name = "CertificationDefinition";
        Description = "A certification in the catalog: its tiers, the checklists beneath it and who may be assigned it.";
        this.IsNode();
        Field(c => c.Name).Description("The certification's name.");
        Field(c => c.Description, nullable: true).Description("What the certification covers.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CertificationTierType>>>>("tiers")
            .Description("Its tiers, in order.")
            .Resolve(context => context.Source.Tiers.OrderBy(t => t.Order));
        this.References<CertificationDefinitionDocument, ChecklistDefinitionType, ChecklistDefinitionDocument>("checklists", c => c.ChecklistIds, l => l.Checklists)
            .Description("The skill build checklists beneath it.");
        this.References<CertificationDefinitionDocument, ChecklistDefinitionType, ChecklistDefinitionDocument>("prerequisites", c => c.PrerequisiteChecklistIds, l => l.Checklists)
            .Description("Checklists that must be completed before skill building for it starts.");
        Field(c => c.ForbidSingleDayCompletion).Description("Whether completing everything within a single day is forbidden.");
        Field(c => c.ValidForDays, nullable: true).Description("How many days it stays valid once earned; null when it never expires.");
        Field<NonNullGraphType<AssignmentEligibilityType>>("eligibility")
            .Description("Who may be assigned it.")
            .Resolve(context => context.Source.Eligibility);
    }
}
