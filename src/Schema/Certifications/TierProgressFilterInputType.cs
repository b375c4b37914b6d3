using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Certifications;

public sealed class TierProgressFilterInputType : ObjectFilterInputType
{
    public TierProgressFilterInputType()
        : base("TierProgressFilterInput", "Conditions on a certification tier's status.")
    {
        Filter<StringOperationFilterInputType>("tierId", "tierId", "The tier's id within the certification.");
        Filter<EnumOperationFilterInputType<ProgressStatusType>>("status", "status", "The tier's status.");
        Filter<ComparableDateTimeOperationFilterInputType>("completedAt", "completedAt", "When the tier was completed.");
    }
}
