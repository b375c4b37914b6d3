using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Filtering;

/// <summary><c>&lt;Enum&gt;OperationFilterInput</c>: eq, neq, in, nin on one enum.</summary>
public sealed class EnumOperationFilterInputType<TEnumType> : OperationFilterInputType
    where TEnumType : IGraphType
{
    public EnumOperationFilterInputType()
        : base($"{EnumName}OperationFilterInput", $"Conditions on a {EnumName} value.", new GraphQLTypeReference(EnumName))
    {
    }

    private static string EnumName => typeof(TEnumType).Name[..^"Type".Length];
}
