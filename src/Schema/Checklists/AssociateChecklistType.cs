using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Checklists;

public sealed class AssociateChecklistType : ObjectGraphType<AssociateChecklist>
{
    public AssociateChecklistType()
    {
        Name = "AssociateChecklist";
        Description = "A skill build checklist assigned to an associate: which items are done, by which skill builder, and when.";
        this.Reference<AssociateChecklist, ChecklistDefinitionType, ChecklistDefinitionDocument>("checklist", c => c.ChecklistId, l => l.Checklists)
            .Description("The checklist's catalog definition.");
        Field(c => c.Status, type: typeof(NonNullGraphType<ProgressStatusType>)).Description("NOT_STARTED, IN_PROGRESS or COMPLETED.");
        Field(c => c.Source, type: typeof(NonNullGraphType<AssignmentSourceType>)).Description("How the checklist was assigned.");
        this.Reference<AssociateChecklist, CertificationDefinitionType, CertificationDefinitionDocument>("certification", c => c.CertificationId, l => l.Certifications)
            .Description("The certification that brought this checklist, when one did.");
        Field(c => c.AssignedAt).Description("When it was assigned.");
        this.Reference<AssociateChecklist, AssociateType, AssociateDocument>("assignedBy", c => c.AssignedBy, l => l.Associates)
            .Description("Who assigned it; null when an action plan did.");
        Field(c => c.DueAt, nullable: true).Description("When it is due.");
        Field(c => c.StartedAt, nullable: true).Description("When the first item was done.");
        Field(c => c.CompletedAt, nullable: true).Description("When the last item was done.");
        Field<NonNullGraphType<IntGraphType>>("itemsDone").Description("How many items are done.").Resolve(context => context.Source.Items.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistItemProgressType>>>>("items")
            .Description("The items signed off so far.")
            .Resolve(context => context.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneProgressType>>>>("milestones")
            .Description("The milestones reached so far.")
            .Resolve(context => context.Source.Milestones);
    }
}
