namespace GraphTraining.Server.Transport.Http;

public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>The GraphQL endpoint, for every method so the wrong ones get the spec's 405 rather than 404.</summary>
    public static IEndpointRouteBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        endpoints.Map(pattern, handler.HandleAsync).WithDisplayName("GraphQL over HTTP");
        return endpoints;
    }
}
