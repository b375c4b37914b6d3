using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Ids;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a globally unique, opaque id that `node(id:)` can refetch.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global id.");
    }
}
