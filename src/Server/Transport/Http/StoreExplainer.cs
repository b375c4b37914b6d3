using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store.Explain;
using GraphTraining.Schema.Conventions.Errors;
using Microsoft.Extensions.Options;

namespace GraphTraining.Server.Transport.Http;

/// <summary>
/// <c>extensions: { "explain": true }</c>: the response's <c>extensions.explain</c> lists every store read the
/// request ran, in order, as the MongoDB adapter renders it (canonical Extended JSON), whichever store ran it.
/// </summary>
public sealed class StoreExplainer(IHostEnvironment environment, IOptions<GraphQLHttpOptions> options)
{
    public static bool IsRequested(GraphQLRequest request) =>
        request.Extensions?.TryGetValue("explain", out var value) == true && value is true;

    /// <summary>Starts recording when the request asks for it, after checking it may.</summary>
    /// <exception cref="HttpRequestError">403 EXPLAIN_NOT_ALLOWED where explain is off.</exception>
    public StoreOperationLog? Begin(GraphQLRequest request)
    {
        if (!IsRequested(request))
        {
            return null;
        }

        if (!environment.IsDevelopment() && !options.Value.AllowExplain)
        {
            throw new HttpRequestError(StatusCodes.Status403Forbidden, ErrorCodes.ExplainNotAllowed,
                "Explain is off here: it is available in Development, or where GraphQL:AllowExplain is on.");
        }

        return StoreOperationLog.Begin();
    }

    public static void Attach(ExecutionResult result, StoreOperationLog log)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(log);
        var operations = log.Operations
            .SelectMany(MongoExplain.DescribeAsJson)
            .Select(json => JsonDocument.Parse(json).RootElement)
            .ToList();
        result.Extensions ??= [];
        result.Extensions["explain"] = operations;
    }
}
