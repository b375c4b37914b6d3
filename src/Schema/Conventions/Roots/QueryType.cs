using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Roots;

public sealed class QueryType : ObjectGraphType
{
    public QueryType(IEnumerable<IRootFields<QueryType>> features)
    {
        Name = "Query";
        foreach (var feature in features)
        {
            feature.AddTo(this);
        }
    }
}
