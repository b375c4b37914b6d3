using GraphQL.MicrosoftDI;
using GraphQL.Types;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Locations;

public sealed class LocationQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root)
    {
        root.Field<ListGraphType<NonNullGraphType<LocationType>>>("locations")
            .Description("Every location, by name.")
            .RequireAuthenticated()
            .Resolve()
            .WithService<ITrainingStore>()
            .ResolveAsync(async (context, store) =>
            {
                var page = await store.Locations.QueryAsync(
                    new StoreQuery { Sort = [new SortField("name", SortDirection.Ascending)] },
                    context.CancellationToken);
                return page.Items;
            });
    }
}
