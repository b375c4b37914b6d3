using GraphQL.MicrosoftDI;
using GraphQL.Types;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Roots;

namespace GraphTraining.Schema.Identity;

public sealed class IdentityQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root)
    {
        root.Field<ViewerType>("me")
            .Description("The signed-in person, with their roles and permissions.")
            .RequireAuthenticated()
            .ResolveAsync(async context => await context.Viewer().ConfigureAwait(false));

        root.Field<ListGraphType<NonNullGraphType<RoleType>>>("roles")
            .Description("Every role, by name.")
            .RequireAuthenticated()
            .Resolve()
            .WithService<ITrainingStore>()
            .ResolveAsync(async (context, store) =>
            {
                var page = await store.Roles.QueryAsync(StoreQuery.All, context.CancellationToken).ConfigureAwait(false);
                return page.Items.OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase);
            });
    }
}
