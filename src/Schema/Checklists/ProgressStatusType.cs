using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Checklists;

public sealed class ProgressStatusType : EnumerationGraphType<ProgressStatus>
{
    public ProgressStatusType()
    {
        Name = "ProgressStatus";
        Description = "Progress of a checklist, a certification tier or an observation.";
    }
}
