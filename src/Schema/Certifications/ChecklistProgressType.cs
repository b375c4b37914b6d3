using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Certifications;

public sealed class ChecklistProgressType : ObjectGraphType<ChecklistProgress>
{
    public ChecklistProgressType()
    {
        Name = "ChecklistProgress";
        Description = "The status of one checklist beneath a certification for one associate.";
        this.Reference<ChecklistProgress, ChecklistDefinitionType, ChecklistDefinitionDocument>("checklist", c => c.ChecklistId, l => l.Checklists)
            .Description("The checklist's catalog definition.");
        Field(c => c.Status, type: typeof(NonNullGraphType<ProgressStatusType>)).Description("The checklist's status.");
    }
}
