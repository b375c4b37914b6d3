using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Certifications;

public sealed class RevocationFilterInputType : ObjectFilterInputType
{
    public RevocationFilterInputType()
        : base("RevocationFilterInput", "Conditions on a revocation.")
    {
        Filter<EnumOperationFilterInputType<RevocationDeterminationType>>("determination", "determination", "Re-earn, reinstate later, or never again.");
        Filter<StringOperationFilterInputType>("reason", "reason", "The reason given.");
        Filter<IdOperationFilterInputType>("by", "by", "Who revoked it, as an Associate id.", idType: "Associate");
        Filter<ComparableDateTimeOperationFilterInputType>("at", "at", "When it was revoked.");
    }
}
