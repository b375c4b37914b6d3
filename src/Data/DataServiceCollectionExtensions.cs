using GraphTraining.Data.Embedded;
using GraphTraining.Data.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The store chosen by <c>Store:Provider</c> (Embedded by default), as a singleton.</summary>
    public static IServiceCollection AddTrainingStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StoreOptions>(configuration.GetSection(StoreOptions.SectionName));
        services.AddSingleton<ITrainingStore, EmbeddedTrainingStore>();
        return services;
    }
}
