using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Conventions.Ids;

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes a document type a Relay node: implements <c>Node</c> and exposes its global id.</summary>
    public static void IsNode<T>(this ObjectGraphType<T> type) where T : Document
    {
        ArgumentNullException.ThrowIfNull(type);
        var typeName = type.Name;
        type.Interface<NodeInterface>();
        type.IsTypeOf = source => source is T;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The {typeName}'s global id.")
            .Resolve(context => GlobalId.Encode(typeName, context.Source.Id));
    }
}
