using GraphTraining.Server.Transport.Http;
using Microsoft.Extensions.Options;

namespace GraphTraining.Server.Transport.GraphiQL;

public static class GraphiQLApplicationBuilderExtensions
{
    private const string AssetsPath = "/graphiql";

    /// <summary>
    /// Serves GraphiQL to a browser that GETs <paramref name="endpoint"/> asking for HTML (before the GraphQL
    /// endpoint sees the request), and its bundle under <c>/graphiql</c>.
    /// </summary>
    public static WebApplication UseGraphiQL(this WebApplication app, string endpoint = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.EnableGraphiQL)
        {
            return app;
        }

        var assets = app.Services.GetRequiredService<GraphiQLAssets>();
        app.UseStaticFiles(new StaticFileOptions { RequestPath = AssetsPath, FileProvider = assets.FileProvider });
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) || !request.Path.Equals(endpoint, StringComparison.OrdinalIgnoreCase) || !PrefersHtml(request))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                GraphiQLPage.Render(assets, request.PathBase + AssetsPath, request.PathBase + endpoint),
                context.RequestAborted).ConfigureAwait(false);
        });
        return app;
    }

    /// <summary>A browser navigating names text/html outright; GraphQL clients name JSON, or nothing.</summary>
    private static bool PrefersHtml(HttpRequest request)
    {
        var headers = request.GetTypedHeaders();
        var html = AcceptHeader.Preference(headers, "text/html");
        return html is { Explicit: true, Quality: > 0 }
            && html.Quality >= AcceptHeader.Preference(headers, GraphQLMediaTypes.GraphQLResponseJson).Quality
            && html.Quality >= AcceptHeader.Preference(headers, GraphQLMediaTypes.Json).Quality;
    }
}
