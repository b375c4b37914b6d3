using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Filtering;

public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    public StringOperationFilterInputType()
        : base("StringOperationFilterInput", "Conditions on a text value; comparisons are ordinal (by code point) and case-sensitive.", new GraphQLTypeReference("String"), text: true)
    {
    }
}
