using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Checklists;

public sealed class ChecklistDefinitionType : ObjectGraphType<ChecklistDefinitionDocument>
{
    public ChecklistDefinitionType()
    {
        Name = "ChecklistDefinition";
        Description = "A skill build checklist in the catalog.";
        this.IsNode();
        Field(c => c.Name).Description("The checklist's name.");
        Field(c => c.Description, nullable: true).Description("What the checklist builds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistItemType>>>>("items")
            .Description("Its items, in order.")
            .Resolve(context => context.Source.Items.OrderBy(i => i.Order));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChecklistMilestoneType>>>>("milestones")
            .Description("Its milestones, in the order they are reached.")
            .Resolve(context => context.Source.Milestones.OrderBy(m => m.AfterItems));
        this.References<ChecklistDefinitionDocument, ChecklistDefinitionType, ChecklistDefinitionDocument>("prerequisites", c => c.PrerequisiteChecklistIds, l => l.Checklists)
            .Description("Checklists that must be completed before this one starts.");
        Field(c => c.ForbidSingleDayCompletion).Description("Whether completing every item within a single day is forbidden.");
        Field<NonNullGraphType<AssignmentEligibilityType>>("eligibility")
            .Description("Who may be assigned it.")
            .Resolve(context => context.Source.Eligibility);
    }
}
