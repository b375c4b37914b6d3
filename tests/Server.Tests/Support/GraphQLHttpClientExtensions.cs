using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphTraining.Server.Tests.Support;

/// <summary>GET and POST helpers for <c>/graphql</c>; <c>accept: null</c> sends no Accept header at all.</summary>
public static class GraphQLHttpClientExtensions
{
    public const string Endpoint = "/graphql";

    public const string GraphQLResponseJson = "application/graphql-response+json";

    public const string Json = "application/json";

    /// <summary>POSTs <c>{ query, variables, operationName }</c> as <c>application/json</c>.</summary>
    public static Task<GraphQLResponse> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? operationName = null,
        string? accept = GraphQLResponseJson, CancellationToken cancellationToken = default) =>
        client.PostRawAsync(
            JsonSerializer.Serialize(new { query, variables, operationName }),
            "application/json", accept, cancellationToken);

    /// <summary>POSTs a body exactly as given, with this Content-Type (none when null).</summary>
    public static Task<GraphQLResponse> PostRawAsync(
        this HttpClient client, string body, string? contentType = "application/json",
        string? accept = GraphQLResponseJson, CancellationToken cancellationToken = default) =>
        client.PostBytesAsync(Encoding.UTF8.GetBytes(body), contentType, accept, cancellationToken);

    public static async Task<GraphQLResponse> PostBytesAsync(
        this HttpClient client, byte[] body, string? contentType = "application/json",
        string? accept = GraphQLResponseJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return await client.SendGraphQLAsync(HttpMethod.Post, Endpoint, content, accept, cancellationToken);
    }

    /// <summary>GETs the endpoint with these query-string parameters (URL-encoded here).</summary>
    public static Task<GraphQLResponse> GetGraphQLAsync(
        this HttpClient client, IReadOnlyDictionary<string, string> parameters, string? accept = GraphQLResponseJson) =>
        client.SendGraphQLAsync(HttpMethod.Get, Endpoint + QueryString(parameters), null, accept, default);

    public static Task<GraphQLResponse> GetGraphQLAsync(
        this HttpClient client, string query, string? variablesJson = null, string? accept = GraphQLResponseJson)
    {
        var parameters = new Dictionary<string, string> { ["query"] = query };
        if (variablesJson is not null)
        {
            parameters["variables"] = variablesJson;
        }

        return client.GetGraphQLAsync(parameters, accept);
    }

    public static async Task<GraphQLResponse> SendGraphQLAsync(
        this HttpClient client, HttpMethod method, string uri, HttpContent? content, string? accept,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await GraphQLResponse.ReadAsync(await client.SendAsync(request, cancellationToken));
    }

    private static string QueryString(IReadOnlyDictionary<string, string> parameters) =>
        "?" + string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
