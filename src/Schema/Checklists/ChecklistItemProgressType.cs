using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Checklists;

public sealed class ChecklistItemProgressType : ObjectGraphType<ChecklistItemProgress>
{
    public ChecklistItemProgressType()
    {
        Name = "ChecklistItemProgress";
        Description = "One checklist item signed off.";
        Field(i => i.ItemId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The item's id within the checklist definition's `items`.");
        Field(i => i.DoneAt).Description("When it was signed off.");
        this.Reference<ChecklistItemProgress, AssociateType, AssociateDocument>("doneBy", i => i.DoneBy, l => l.Associates)
            .Description("The skill builder who signed it off.");
    }
}
