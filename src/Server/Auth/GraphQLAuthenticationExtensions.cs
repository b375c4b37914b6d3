using GraphQL;
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
        else if (result.Failure is not null)
        {
            await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            var mediaType = AcceptHeader.NegotiateGraphQL(context.Request.GetTypedHeaders()) ?? GraphQLMediaTypes.Json;
            context.Response.ContentType = $"{mediaType}; charset=utf-8";
            var error = new ExecutionError("The bearer token is not valid; sign in again.") { Code = ErrorCodes.AuthNotAuthenticated };
            var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
            await serializer.WriteAsync(context.Response.Body, new ExecutionResult(error), context.RequestAborted);
            return;
        }

        await next(context);
    }
}
