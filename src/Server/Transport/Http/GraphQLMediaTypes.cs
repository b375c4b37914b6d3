namespace GraphTraining.Server.Transport.Http;

/// <summary>The media types of the GraphQL-over-HTTP spec.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The spec's response type: status codes carry meaning (400 for a request error).</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The request type, and the legacy response type: 200 for every well-formed request.</summary>
    public const string Json = "application/json";
}
