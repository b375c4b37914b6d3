using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Checklists;

public sealed class MilestoneProgressFilterInputType : ObjectFilterInputType
{
    public MilestoneProgressFilterInputType()
        : base("MilestoneProgressFilterInput", "Conditions on a milestone reached.")
    {
        Filter<StringOperationFilterInputType>("milestoneId", "milestoneId", "The milestone's id within the checklist.");
        Filter<ComparableDateTimeOperationFilterInputType>("reachedAt", "reachedAt", "When it was reached.");
    }
}
