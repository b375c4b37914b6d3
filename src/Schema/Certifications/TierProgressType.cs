using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Checklists;

namespace GraphTraining.Schema.Certifications;

public sealed class TierProgressType : ObjectGraphType<TierProgress>
{
    public TierProgressType()
    {
        Name = "TierProgress";
        Description = "The status of one certification tier for one associate.";
        Field(t => t.TierId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The tier's id within the certification definition's `tiers`.");
        Field(t => t.Status, type: typeof(NonNullGraphType<ProgressStatusType>)).Description("The tier's status.");
        Field(t => t.CompletedAt, nullable: true).Description("When the tier was completed.");
    }
}
