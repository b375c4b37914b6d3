using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Checklists;

public sealed class ChecklistMilestoneType : ObjectGraphType<ChecklistMilestone>
{
    public ChecklistMilestoneType()
    {
        Name = "ChecklistMilestone";
        Description = "A named point on a checklist, reached when enough items are done.";
        Field(m => m.MilestoneId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The milestone's id within the checklist.");
        Field(m => m.Name).Description("The milestone's name.");
        Field(m => m.AfterItems).Description("How many items must be done to reach it.");
    }
}
