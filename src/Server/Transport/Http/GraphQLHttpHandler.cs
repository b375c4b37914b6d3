using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphTraining.Data.Store.Explain;
using GraphTraining.Schema;
using GraphTraining.Schema.Conventions.Errors;
using Microsoft.Extensions.Options;

namespace GraphTraining.Server.Transport.Http;

/// <summary>
/// The <c>/graphql</c> endpoint, per the GraphQL-over-HTTP spec as graphql-http's audit checks it: POST JSON and
/// GET queries; a request the transport cannot read gets its 4xx; with <c>application/graphql-response+json</c> a
/// request that fails before execution gets 400, while legacy <c>application/json</c> gets 200 for every
/// well-formed request. (The spec's 2026 drafts move those to 422 and 294; the audit still checks 400 and 200.)
/// </summary>
public sealed partial class GraphQLHttpHandler(
    IDocumentExecuter<TrainingSchema> executer,
    IGraphQLSerializer serializer,
    GraphQLHttpRequestReader reader,
    StoreExplainer explainer,
    IOptions<GraphQLHttpOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, HttpOperationTypeRule.ForGet];

    private static readonly IValidationRule[] PostRules = [.. DocumentValidator.CoreRules, HttpOperationTypeRule.ForPost];

    private readonly GraphQLHttpOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mediaType = AcceptHeader.NegotiateGraphQL(context.Request.GetTypedHeaders());
        try
        {
            await HandleCoreAsync(context, mediaType).ConfigureAwait(false);
        }
        catch (HttpRequestError error)
        {
            await WriteAsync(context, error.StatusCode, mediaType, new ExecutionResult(error)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogUnexpected(logger, ex);
            await WriteAsync(context, StatusCodes.Status500InternalServerError, mediaType,
                new ExecutionResult(new UnhandledError("Error executing the request.", ex))).ConfigureAwait(false);
        }
    }

    private async Task HandleCoreAsync(HttpContext context, string? mediaType)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method) && _options.AllowGet;
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            throw new HttpRequestError(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed,
                $"Send GraphQL requests with {AllowedMethods}.");
        }

        if (mediaType is null)
        {
            throw new HttpRequestError(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"Accept must allow '{GraphQLMediaTypes.GraphQLResponseJson}' or '{GraphQLMediaTypes.Json}'.");
        }

        var graphQLRequest = isGet
            ? reader.ReadGet(request.Query)
            : await reader.ReadPostAsync(request, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        var result = await ExecuteAsync(context, graphQLRequest, isGet).ConfigureAwait(false);
        await WriteAsync(context, StatusFor(result, mediaType), mediaType, result).ConfigureAwait(false);
    }

    private string AllowedMethods => _options.AllowGet ? "GET, POST" : "POST";

    private async Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request, bool isGet)
    {
        using var explain = await explainer.ShouldExplainAsync(request, context).ConfigureAwait(false) ? StoreOperationLog.Begin() : null;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ValidationRules = isGet ? GetRules : PostRules,
        }).ConfigureAwait(false);
        if (explain is not null)
        {
            StoreExplainer.Attach(result, explain);
        }

        return result;
    }

    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        var codes = result.Errors?.Select(e => TrainingErrorInfoProvider.Describe(e).Code).ToList() ?? [];
        if (codes.Contains(ErrorCodes.MutationNotAllowedOverGet))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (mediaType == GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }

        return codes.Contains(ErrorCodes.InternalError)
            ? StatusCodes.Status500InternalServerError
            : StatusCodes.Status400BadRequest;
    }

    private async Task WriteAsync(HttpContext context, int statusCode, string? mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = $"{mediaType ?? GraphQLMediaTypes.Json}; charset=utf-8";
        if (statusCode == StatusCodes.Status405MethodNotAllowed)
        {
            // RFC 9110 §15.5.6: a 405 must say which methods would work.
            response.Headers.Allow = result.Errors?.Any(e => e.Code == ErrorCodes.MutationNotAllowedOverGet) == true
                ? "POST"
                : AllowedMethods;
        }

        await serializer.WriteAsync(response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in the GraphQL HTTP endpoint")]
    private static partial void LogUnexpected(ILogger logger, Exception exception);
}
