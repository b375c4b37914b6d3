using GraphTraining.Data.Embedded;
using GraphTraining.Data.Mongo;
using GraphTraining.Data.Seeding;
using GraphTraining.Data.Store;
using GraphTraining.Data.Store.Explain;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphTraining.Data;

public static class DataServiceCollectionExtensions
{
    private const string Embedded = "Embedded";
    private const string Mongo = "Mongo";

    /// <summary>
    /// The store chosen by <c>Store:Provider</c> (Embedded by default), as a singleton the container disposes.
    /// An unknown provider fails here, at start-up, rather than on the first request.
    /// </summary>
    public static IServiceCollection AddTrainingStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(StoreOptions.SectionName);
        services.Configure<StoreOptions>(section);
        // Storage:Provider is accepted too, as earlier notes spelled it; Store:Provider wins when both are set.
        var provider = section[nameof(StoreOptions.Provider)] ?? configuration["Storage:Provider"];
        switch (string.IsNullOrWhiteSpace(provider) ? Embedded : provider.Trim())
        {
            case var name when name.Equals(Embedded, StringComparison.OrdinalIgnoreCase):
                services.AddSingleton(sp => new EmbeddedTrainingStore(sp.GetRequiredService<IOptions<StoreOptions>>().Value));
                services.AddSingleton<ITrainingStore>(sp => new ObservedTrainingStore(sp.GetRequiredService<EmbeddedTrainingStore>()));
                break;
            case var name when name.Equals(Mongo, StringComparison.OrdinalIgnoreCase):
                services.Configure<MongoOptions>(configuration.GetSection(MongoOptions.SectionName));
                services.AddSingleton<MongoTrainingStore>();
                services.AddSingleton<ITrainingStore>(sp => new ObservedTrainingStore(sp.GetRequiredService<MongoTrainingStore>()));
                services.AddHostedService<MongoStartup>();
                break;
            default:
                throw new InvalidOperationException(
                    $"{StoreOptions.SectionName}:{nameof(StoreOptions.Provider)} is '{provider}', which is not a store this server has. Accepted values: {Embedded}, {Mongo}.");
        }

        services.AddHostedService<DemoDataStartup>();
        return services;
    }
}
