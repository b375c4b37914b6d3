using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Certifications;

public sealed class RevocationDeterminationType : EnumerationGraphType<RevocationDetermination>
{
    public RevocationDeterminationType()
    {
        Name = "RevocationDetermination";
        Description = "What a revocation means: RECERTIFICATION (must re-earn), SUSPENSION (can be reinstated) or PERMANENT (cannot be re-assigned).";
    }
}
