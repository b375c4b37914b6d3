using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateObservationFilterInputType : ObjectFilterInputType
{
    public AssociateObservationFilterInputType()
        : base("AssociateObservationFilterInput", "Conditions on an observation.")
    {
        Filter<StringOperationFilterInputType>("name", "name", "What is observed.");
        Filter<EnumOperationFilterInputType<ProgressStatusType>>("status", "status", "Whether it is done.");
        Filter<EnumOperationFilterInputType<AssignmentSourceType>>("source", "source", "How it was assigned.");
        Filter<ComparableDateTimeOperationFilterInputType>("assignedAt", "assignedAt", "When it was assigned.");
        Filter<ComparableDateTimeOperationFilterInputType>("dueAt", "dueAt", "When it is due.");
        Filter<ComparableDateTimeOperationFilterInputType>("completedAt", "completedAt", "When it was done.");
    }
}
