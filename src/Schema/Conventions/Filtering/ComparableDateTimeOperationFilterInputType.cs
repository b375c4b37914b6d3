using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Filtering;

public sealed class ComparableDateTimeOperationFilterInputType : OperationFilterInputType
{
    public ComparableDateTimeOperationFilterInputType()
        : base("ComparableDateTimeOperationFilterInput", "Conditions on a timestamp (UTC, millisecond precision).", new GraphQLTypeReference("DateTime"), comparable: true)
    {
    }
}
