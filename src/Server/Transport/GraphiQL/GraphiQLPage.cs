using System.Text.Encodings.Web;

namespace GraphTraining.Server.Transport.GraphiQL;

/// <summary>The HTML that mounts GraphiQL, or explains how to build it when the bundle is missing.</summary>
public static class GraphiQLPage
{
    public const string DefaultQuery = """
        {
          associates(first: 5) {
            totalCount
            nodes {
              displayName
              certifications {
                status
              }
            }
          }
        }
        """;

    public static string Render(GraphiQLAssets assets, string assetsPath, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var html = HtmlEncoder.Default;
        if (!assets.IsBuilt)
        {
            return $"""
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>GraphiQL is not built</title></head>
                <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
                <h1>GraphiQL's assets were not built</h1>
                <p>The server looked for them in <code>{html.Encode(assets.Directory)}</code>. They are bundled by the
                Server build, which needs Node.js 20 or later (with npm) on the PATH:</p>
                <pre>dotnet build src/Server</pre>
                <p>The GraphQL endpoint itself works without them: POST <code>application/json</code> to
                <code>{html.Encode(endpoint)}</code>.</p>
                </body>
                </html>
                """;
        }

        var version = html.Encode(assets.Version);
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>GraphTraining · GraphiQL</title>
            <link rel="stylesheet" href="{{html.Encode(assetsPath)}}/{{GraphiQLAssets.Stylesheet}}?v={{version}}">
            <style>body { margin: 0; } #graphiql { height: 100vh; }</style>
            </head>
            <body>
            <div id="graphiql" data-endpoint="{{html.Encode(endpoint)}}" data-default-query="{{html.Encode(DefaultQuery)}}"></div>
            <script type="module" src="{{html.Encode(assetsPath)}}/{{GraphiQLAssets.EntryScript}}?v={{version}}"></script>
            </body>
            </html>
            """;
    }
}
