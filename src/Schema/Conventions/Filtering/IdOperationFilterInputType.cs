using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Filtering;

public sealed class IdOperationFilterInputType : OperationFilterInputType
{
    public IdOperationFilterInputType()
        : base("IdOperationFilterInput", "Conditions on a reference, given as global ids.", new GraphQLTypeReference("ID"))
    {
    }
}
