using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Filtering;

public sealed class BooleanOperationFilterInputType : OperationFilterInputType
{
    public BooleanOperationFilterInputType()
        : base("BooleanOperationFilterInput", "Conditions on a true/false value.", new GraphQLTypeReference("Boolean"), equalityOnly: true)
    {
    }
}
