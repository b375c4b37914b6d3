using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Checklists;

public sealed class ChecklistItemProgressFilterInputType : ObjectFilterInputType
{
    public ChecklistItemProgressFilterInputType()
        : base("ChecklistItemProgressFilterInput", "Conditions on a signed-off checklist item.")
    {
        Filter<StringOperationFilterInputType>("itemId", "itemId", "The item's id within the checklist.");
        Filter<ComparableDateTimeOperationFilterInputType>("doneAt", "doneAt", "When it was signed off.");
        Filter<IdOperationFilterInputType>("doneBy", "doneBy", "The skill builder who signed it off, as an Associate id.", idType: "Associate");
    }
}
