using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Roots;

public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IRootFields<MutationType>> features)
    {
        Name = "Mutation";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
