using GraphQL.Types;
using GraphQL.Types.Relay;

namespace GraphTraining.Schema.Conventions.Paging;

/// <summary>
/// A Relay connection shaped as HotChocolate clients expect: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c> and
/// <c>totalCount</c>; named after its node type (<c>AssociateConnection</c>).
/// </summary>
public sealed class ConnectionType<TNodeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var nodeName = NodeName();
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} objects.";
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page sits: whether more pages follow or precede it, and its first and last cursors.")
            .Resolve(context => context.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>("edges")
            .Description("The page's objects, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("The page's objects, without cursors.")
            .Resolve(context => context.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many objects match across all pages; computed only when asked for.")
            .Resolve(context => context.Source.TotalCount);
    }

    private static string NodeName()
    {
        var name = typeof(TNodeType).Name;
        return name.EndsWith("Type", StringComparison.Ordinal) ? name[..^4] : name;
    }
}
