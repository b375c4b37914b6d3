using GraphQL;
using GraphQL.Types;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Conventions.Ids;

public sealed class NodeQueries(IEnumerable<INodeSource> sources) : IRootFields<QueryType>
{
    private readonly Dictionary<string, INodeSource> _sources = sources.ToDictionary(s => s.TypeName, StringComparer.Ordinal);

    public void AddTo(QueryType root)
    {
        root.Field<NodeInterface>("node")
            .Description("Refetches any object by its global id; null when it does not exist or the viewer may not see it.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id from any object's `id` field.")
            .ResolveAsync(async context =>
            {
                var found = await LoadAsync(context, [context.GetArgument<string>("id")]).ConfigureAwait(false);
                return found[0];
            });

        root.Field<ListGraphType<NodeInterface>>("nodes")
            .Description("Refetches several objects by global id, in the order asked; null for each that does not exist or the viewer may not see.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global ids from objects' `id` fields.")
            .ResolveAsync(async context => await LoadAsync(context, context.GetArgument<List<string>>("ids")).ConfigureAwait(false));
    }

    private async Task<object?[]> LoadAsync(IResolveFieldContext context, IReadOnlyList<string> globalIds)
    {
        var wanted = new (string Type, string Id)[globalIds.Count];
        for (var i = 0; i < globalIds.Count; i++)
        {
            if (!GlobalId.TryDecode(globalIds[i], out var type, out var id) || !_sources.ContainsKey(type))
            {
                throw new ExecutionError($"'{globalIds[i]}' is not a valid id.") { Code = Errors.ErrorCodes.InvalidId };
            }

            wanted[i] = (type, id);
        }

        var loaded = new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.Ordinal);
        foreach (var group in wanted.GroupBy(w => w.Type, StringComparer.Ordinal))
        {
            loaded[group.Key] = await _sources[group.Key]
                .LoadAsync(context.RequestServices!, group.Select(w => w.Id).Distinct().ToList(), context.CancellationToken)
                .ConfigureAwait(false);
        }

        return wanted.Select(w => loaded[w.Type].GetValueOrDefault(w.Id)).ToArray();
    }
}
