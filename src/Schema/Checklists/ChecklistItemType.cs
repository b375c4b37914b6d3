using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Checklists;

public sealed class ChecklistItemType : ObjectGraphType<ChecklistItem>
{
    public ChecklistItemType()
    {
        Name = "ChecklistItem";
        Description = "One skill to be signed off on a checklist.";
        Field(i => i.ItemId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The item's id within the checklist.");
        Field(i => i.Text).Description("What the associate must show.");
        Field(i => i.Order).Description("Its position, from 1.");
    }
}
