using System.Net;
using System.Text.Json;

namespace GraphTraining.Server.Tests.Support;

/// <summary>An HTTP response from the GraphQL endpoint, read once: status, media type, headers and JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, string? Allow, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public JsonElement Data => Json.GetProperty("data");

    public bool HasErrors => Json.TryGetProperty("errors", out _);

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    public string? FirstErrorCode => FirstError.GetProperty("extensions").GetProperty("code").GetString();

    /// <summary>Every error's <c>extensions.code</c>; fails if one has none.</summary>
    public IReadOnlyList<string> ErrorCodes =>
        HasErrors
            ? [.. Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
            : [];

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        using (response)
        {
            return new GraphQLResponse(
                response.StatusCode,
                response.Content.Headers.ContentType?.MediaType,
                response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : null,
                await response.Content.ReadAsStringAsync());
        }
    }
}
