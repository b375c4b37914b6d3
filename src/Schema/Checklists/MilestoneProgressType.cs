using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Checklists;

public sealed class MilestoneProgressType : ObjectGraphType<MilestoneProgress>
{
    public MilestoneProgressType()
    {
        Name = "MilestoneProgress";
        Description = "A checklist milestone the associate has reached.";
        Field(m => m.MilestoneId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The milestone's id within the checklist definition's `milestones`.");
        Field(m => m.ReachedAt).Description("When it was reached.");
    }
}
