using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store.Explain;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Identity;
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

    /// <summary>
    /// Whether to record this request's store reads: true when it asks for explain and may: always in Development; elsewhere
    /// only where <c>GraphQL:AllowExplain</c> is on and the caller holds VIEW_REPORTS (the MQL shows how reports
    /// are built, which is a report builder's business).
    /// </summary>
    /// <exception cref="HttpRequestError">403 EXPLAIN_NOT_ALLOWED otherwise.</exception>
    /// <remarks>The caller starts the <see cref="StoreOperationLog"/> itself: an async-local set inside an async method would not flow back out.</remarks>
    public async Task<bool> ShouldExplainAsync(GraphQLRequest request, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsRequested(request))
        {
            return false;
        }

        if (!environment.IsDevelopment())
        {
            if (!options.Value.AllowExplain)
            {
                throw new HttpRequestError(StatusCodes.Status403Forbidden, ErrorCodes.ExplainNotAllowed,
                    "Explain is off here: it is available in Development, or where GraphQL:AllowExplain is on.");
            }

            var viewer = await context.RequestServices.GetRequiredService<ViewerContext>().GetAsync(context.RequestAborted).ConfigureAwait(false);
            if (!viewer.Has(Permission.ViewReports))
            {
                throw new HttpRequestError(StatusCodes.Status403Forbidden, ErrorCodes.ExplainNotAllowed,
                    "Explain needs the VIEW_REPORTS permission.");
            }
        }

        return true;
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
