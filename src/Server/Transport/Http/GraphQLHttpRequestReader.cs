using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Transport;
using GraphTraining.Schema.Conventions.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphTraining.Server.Transport.Http;

/// <summary>
/// Turns a GET query string or a POST <c>application/json</c> body into a <see cref="GraphQLRequest"/>. A request
/// that is not a well-formed GraphQL-over-HTTP request throws the <see cref="HttpRequestError"/> that says why.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer)
{
    private const string Query = "query";
    private const string OperationName = "operationName";
    private const string Variables = "variables";
    private const string Extensions = "extensions";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public GraphQLRequest ReadGet(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var name in (string[])[Query, OperationName, Variables, Extensions])
        {
            if (query[name].Count > 1)
            {
                throw Invalid($"The '{name}' parameter is given more than once.");
            }
        }

        if (StringValues.IsNullOrEmpty(query[Query]))
        {
            throw Invalid("The 'query' parameter is required.");
        }

        // The spec: an empty optional parameter is the same as an absent one.
        return new GraphQLRequest
        {
            Query = query[Query].ToString(),
            OperationName = NullIfEmpty(query[OperationName].ToString()),
            Variables = ReadJsonMap(query[Variables].ToString(), Variables),
            Extensions = ReadJsonMap(query[Extensions].ToString(), Extensions),
        };
    }

    public async Task<GraphQLRequest> ReadPostAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsUtf8Json(request.ContentType))
        {
            throw new HttpRequestError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "POST bodies must be sent as 'Content-Type: application/json' in UTF-8.");
        }

        var body = await ReadBodyAsync(request, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            throw InvalidJson("The request body is empty; send a JSON object with a 'query' string.");
        }

        // JsonDocument checks structure but not the UTF-8 inside strings; reading them later would throw.
        var json = body.AsMemory(body.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
        if (!Utf8.IsValid(json.Span))
        {
            throw InvalidJson("The request body is not valid UTF-8.");
        }

        using var document = ParseJson(json, "The request body");
        return ReadBody(document.RootElement);
    }

    private GraphQLRequest ReadBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("The request body must be a JSON object with a 'query' string.");
        }

        // The spec: null for an optional parameter is the same as leaving it out; unknown members are ignored.
        return new GraphQLRequest
        {
            Query = ReadString(root, Query) ?? throw Invalid("The 'query' parameter is required."),
            OperationName = NullIfEmpty(ReadString(root, OperationName)),
            Variables = root.TryGetProperty(Variables, out var variables) ? ReadMap(variables, Variables) : null,
            Extensions = root.TryGetProperty(Extensions, out var extensions) ? ReadMap(extensions, Extensions) : null,
        };
    }

    private static string? ReadString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw Invalid($"The '{name}' parameter must be a string."),
        };

    private Inputs? ReadJsonMap(string json, string name)
    {
        if (json.Length == 0)
        {
            return null;
        }

        using var document = ParseJson(Encoding.UTF8.GetBytes(json), $"The '{name}' parameter");
        return ReadMap(document.RootElement, name);
    }

    private Inputs? ReadMap(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        _ => throw Invalid($"The '{name}' parameter must be a JSON object."),
    };

    private static JsonDocument ParseJson(ReadOnlyMemory<byte> json, string what)
    {
        try
        {
            return JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw InvalidJson($"{what} is not valid JSON: {ex.Message}");
        }
    }

    private static bool IsUtf8Json(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (mediaType.Charset.Length == 0
            || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body, refused as soon as it is known to pass the limit (chunked bodies have no length).</summary>
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var tooLarge = new HttpRequestError(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
            $"The request body is larger than {maxBytes} bytes.");
        if (request.ContentLength > maxBytes)
        {
            throw tooLarge;
        }

        // Our limit is the one that applies here (Kestrel's own, 30 MB by default, would answer it differently).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw tooLarge;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex)
        {
            // The server gave up on the body (a broken chunked encoding, a client sending too slowly).
            throw new HttpRequestError(ex.StatusCode, ErrorCodes.InvalidRequest, "The request body could not be read.");
        }

        return buffer.ToArray();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private static HttpRequestError Invalid(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message);

    private static HttpRequestError InvalidJson(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, message);
}
