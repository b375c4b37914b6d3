using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Filtering;

public sealed class ComparableInt32OperationFilterInputType : OperationFilterInputType
{
    public ComparableInt32OperationFilterInputType()
        : base("ComparableInt32OperationFilterInput", "Conditions on a whole number.", new GraphQLTypeReference("Int"), comparable: true)
    {
    }
}
