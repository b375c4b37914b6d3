using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Locations;

public static class LocationsServiceCollectionExtensions
{
    public static IServiceCollection AddLocations(this IServiceCollection services) =>
        services
            .AddSingleton<LocationType>()
            .AddSingleton<IRootFields<QueryType>, LocationQueries>();
}
