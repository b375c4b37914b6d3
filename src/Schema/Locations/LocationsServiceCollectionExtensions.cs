using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Locations;

public static class LocationsServiceCollectionExtensions
{
    public static IServiceCollection AddLocations(this IServiceCollection services) =>
        services
            .AddSingleton<LocationType>()
            .AddSingleton<IRootFields<QueryType>, LocationQueries>()
            .AddSingleton<INodeSource>(new DocumentNodeSource<LocationDocument>("Location", store => store.Locations));
}
