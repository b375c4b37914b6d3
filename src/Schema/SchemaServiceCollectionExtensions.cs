using GraphQL;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Locations;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>The GraphQL schema: the roots, then each feature in turn.</summary>
    public static IServiceCollection AddTrainingSchema(this IServiceCollection services)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<TrainingSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider<TrainingErrorInfoProvider>()
            .AddUnhandledExceptionHandler(UnhandledExceptionLog.WriteAsync));
        services.AddSingleton<QueryType>().AddSingleton<MutationType>();
        services.AddLocations();
        return services;
    }
}
