using System.Net;
using GraphTraining.Server.Tests.Support;
using GraphTraining.Server.Transport.GraphiQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Server.Tests.Transport;

public sealed class GraphiQLPageTests(GraphTrainingFactory factory) : IClassFixture<GraphTrainingFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [GraphiQLBundleFact]
    public async Task Browser_get_of_the_endpoint_is_the_graphiql_page_with_our_own_assets()
    {
        using var client = factory.CreateClient();

        using var page = await GetAsync(client, "/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("""src="/graphiql/graphiql.js?v=""", html, StringComparison.Ordinal);
        Assert.Contains("data-endpoint=\"/graphql\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        foreach (var (asset, mediaType) in new[]
        {
            ("graphiql.js", "text/javascript"), ("graphiql.css", "text/css"),
            ("editor.worker.js", "text/javascript"), ("graphql.worker.js", "text/javascript"),
        })
        {
            using var response = await GetAsync(client, "/graphiql/" + asset, "*/*");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Page_says_how_to_build_graphiql_when_its_assets_are_missing()
    {
        var empty = Directory.CreateTempSubdirectory("graphiql-missing-").FullName;
        using var unbuilt = factory.WithServices(services => services.AddSingleton(new GraphiQLAssets(empty)));
        using var client = unbuilt.CreateClient();

        using var page = await GetAsync(client, "/graphql", BrowserAccept);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("GraphiQL's assets were not built", html, StringComparison.Ordinal);
        Assert.Contains("dotnet build src/Server", html, StringComparison.Ordinal);
        Assert.Contains(empty, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/json, text/html;q=0.5")]
    public async Task GraphQL_clients_that_get_the_endpoint_never_receive_html(string accept)
    {
        using var client = factory.CreateClient();

        var response = await client.GetGraphQLAsync("{ __typename }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEqual("text/html", response.MediaType);
    }

    [Fact]
    public async Task GraphiQL_can_be_turned_off()
    {
        using var off = factory.WithSetting("GraphQL:EnableGraphiQL", "false");
        using var client = off.CreateClient();

        using var page = await GetAsync(client, "/graphql", BrowserAccept);

        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }
}
