using GraphQL;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Server.Transport.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace GraphTraining.Server.Auth;

public static class GraphQLAuthenticationExtensions
{
    /// <summary>
    /// Authenticates GraphQL requests. No token means an anonymous request (public fields still answer); a token
    /// that fails in any way (signature, expiry, issuer, audience, <c>alg: none</c>, unknown subject) gets 401
    /// with the Bearer challenge and an <c>AUTH_NOT_AUTHENTICATED</c> GraphQL error, before any execution.
    /// </summary>
    public static IApplicationBuilder UseGraphQLAuthentication(this IApplicationBuilder app, string pattern = "/graphql") =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(pattern), branch => branch.Use(AuthenticateAsync));

    private static async Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
        if (result.Succeeded)
        {
            context.User = result.Principal;
        }
        else if (result.Failure is StoreUnavailableException)
        {
            // The token may be fine; the profile it names could not be read. Not the client's fault, so no 401.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await WriteErrorAsync(context, ErrorCodes.StoreUnavailable, "The store cannot be reached right now; try again shortly.");
            return;
        }
        else if (result.Failure is not null)
        {
            await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            await WriteErrorAsync(context, ErrorCodes.AuthNotAuthenticated, "The bearer token is not valid; sign in again.");
            return;
        }

        await next(context);
    }

    private static async Task WriteErrorAsync(HttpContext context, string code, string message)
    {
        var mediaType = AcceptHeader.NegotiateGraphQL(context.Request.GetTypedHeaders()) ?? GraphQLMediaTypes.Json;
        context.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
        await serializer.WriteAsync(context.Response.Body, new ExecutionResult(new ExecutionError(message) { Code = code }), context.RequestAborted);
    }
}
