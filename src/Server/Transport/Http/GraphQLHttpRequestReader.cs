using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Transport;
using GraphTraining.Schema.Conventions.Errors;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphTraining.Server.Transport.Http;

/// <summary>
/// Turns a GET query string or a POST <c>application/json</c> body into a <see cref="GraphQLRequest"/>, or into
/// the <see cref="HttpRequestError"/> that says why it is not a well-formed GraphQL-over-HTTP request.
/// </summary>
public sealed class GraphQLHttpRequestReader(IGraphQLSerializer serializer)
{
    private const string Query = "query";
    private const string OperationName = "operationName";
    private const string Variables = "variables";
    private const string Extensions = "extensions";

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public (GraphQLRequest? Request, HttpRequestError? Error) ReadGet(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var name in (string[])[Query, OperationName, Variables, Extensions])
        {
            if (query[name].Count > 1)
            {
                return Invalid($"The '{name}' parameter is given more than once.");
            }
        }

        if (StringValues.IsNullOrEmpty(query[Query]))
        {
            return Invalid("The 'query' parameter is required.");
        }

        // The spec: an empty optional parameter is the same as an absent one.
        var variables = ReadJsonMap(query[Variables].ToString(), Variables);
        if (variables.Error is not null)
        {
            return (null, variables.Error);
        }

        var extensions = ReadJsonMap(query[Extensions].ToString(), Extensions);
        if (extensions.Error is not null)
        {
            return (null, extensions.Error);
        }

        var operationName = query[OperationName].ToString();
        return (new GraphQLRequest
        {
            Query = query[Query].ToString(),
            OperationName = operationName.Length == 0 ? null : operationName,
            Variables = variables.Inputs,
            Extensions = extensions.Inputs,
        }, null);
    }

    public async Task<(GraphQLRequest? Request, HttpRequestError? Error)> ReadPostAsync(
        HttpRequest request, long maxBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsUtf8Json(request.ContentType))
        {
            return (null, new HttpRequestError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "POST bodies must be sent as 'Content-Type: application/json' in UTF-8."));
        }

        var tooLarge = new HttpRequestError(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
            $"The request body is larger than {maxBodyBytes} bytes.");
        if (request.ContentLength > maxBodyBytes)
        {
            return (null, tooLarge);
        }

        var body = await ReadBodyAsync(request.Body, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, tooLarge);
        }

        if (body.Length == 0)
        {
            return (null, InvalidJson("The request body is empty; send a JSON object with a 'query' string."));
        }

        // JsonDocument checks structure but not the UTF-8 inside strings; reading them later would throw.
        var json = body.AsMemory(body.AsSpan().StartsWith(Utf8Bom) ? Utf8Bom.Length : 0);
        if (!Utf8.IsValid(json.Span))
        {
            return (null, InvalidJson("The request body is not valid UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return (null, InvalidJson($"The request body is not valid JSON: {ex.Message}"));
        }

        using (document)
        {
            return ReadBody(document.RootElement);
        }
    }

    private (GraphQLRequest? Request, HttpRequestError? Error) ReadBody(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Invalid("The request body must be a JSON object with a 'query' string.");
        }

        if (!root.TryGetProperty(Query, out var query) || query.ValueKind == JsonValueKind.Null)
        {
            return Invalid("The 'query' parameter is required.");
        }

        if (query.ValueKind != JsonValueKind.String)
        {
            return Invalid("The 'query' parameter must be a string.");
        }

        string? operationName = null;
        if (root.TryGetProperty(OperationName, out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                return Invalid("The 'operationName' parameter must be a string.");
            }

            operationName = name.GetString();
        }

        var variables = ReadMap(root, Variables);
        if (variables.Error is not null)
        {
            return (null, variables.Error);
        }

        var extensions = ReadMap(root, Extensions);
        if (extensions.Error is not null)
        {
            return (null, extensions.Error);
        }

        return (new GraphQLRequest
        {
            Query = query.GetString(),
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables.Inputs,
            Extensions = extensions.Inputs,
        }, null);
    }

    private (Inputs? Inputs, HttpRequestError? Error) ReadMap(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? ReadMapValue(value, name) : (null, null);

    private (Inputs? Inputs, HttpRequestError? Error) ReadJsonMap(string json, string name)
    {
        if (json.Length == 0)
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return ReadMapValue(document.RootElement, name);
        }
        catch (JsonException ex)
        {
            return (null, InvalidJson($"The '{name}' parameter is not valid JSON: {ex.Message}"));
        }
    }

    private (Inputs? Inputs, HttpRequestError? Error) ReadMapValue(JsonElement value, string name) =>
        value.ValueKind switch
        {
            JsonValueKind.Null => (null, null),
            JsonValueKind.Object => (serializer.ReadNode<Inputs>(value), null),
            _ => (null, new HttpRequestError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                $"The '{name}' parameter must be a JSON object.")),
        };

    private static bool IsUtf8Json(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
        && (mediaType.Charset.Length == 0
            || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));

    /// <summary>The whole body, or null as soon as it grows past the limit (chunked bodies have no length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static (GraphQLRequest? Request, HttpRequestError? Error) Invalid(string message) =>
        (null, new HttpRequestError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, message));

    private static HttpRequestError InvalidJson(string message) =>
        new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, message);
}
