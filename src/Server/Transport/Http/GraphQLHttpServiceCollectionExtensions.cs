using GraphQL.Execution;
using Microsoft.Extensions.Options;

namespace GraphTraining.Server.Transport.Http;

public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>The HTTP transport, configured from the <c>GraphQL</c> section.</summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLHttpOptions>()
            .Bind(configuration.GetSection(GraphQLHttpOptions.SectionName))
            .Validate(o => o.MaxRequestBodyBytes > 0, "GraphQL:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<ErrorInfoProviderOptions>()
            .Configure<IOptions<GraphQLHttpOptions>, IHostEnvironment>((errors, http, environment) =>
                errors.ExposeExceptionDetails = http.Value.ExposeExceptionDetails ?? environment.IsDevelopment());
        services.AddSingleton<GraphQLHttpRequestReader>();
        services.AddSingleton<StoreExplainer>();
        services.AddSingleton<GraphQLHttpHandler>();
        return services;
    }
}
