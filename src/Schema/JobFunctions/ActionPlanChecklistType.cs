using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.JobFunctions;

public sealed class ActionPlanChecklistType : ObjectGraphType<ActionPlanItem>
{
    public ActionPlanChecklistType()
    {
        Name = "ActionPlanChecklist";
        Description = "A checklist an action plan assigns.";
        this.Reference<ActionPlanItem, ChecklistDefinitionType, ChecklistDefinitionDocument>("checklist", i => i.DefinitionId, l => l.Checklists)
            .Description("The checklist assigned.");
        Field(i => i.DueInDays).Description("Days the associate has from assignment.");
    }
}
