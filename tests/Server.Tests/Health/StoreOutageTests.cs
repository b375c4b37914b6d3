using System.Net;
using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphTraining.Server.Tests.Health;

public sealed class StoreOutageTests : IClassFixture<GraphTrainingFactory>
{
    private readonly WebApplicationFactory<Program> _factory;

    public StoreOutageTests(GraphTrainingFactory factory) =>
        _factory = factory
            .WithSetting("Store:Provider", "Mongo")
            .WithSetting("Mongo:ConnectionString", "mongodb://127.0.0.1:1/?directConnection=true")
            .WithSetting("Mongo:ServerSelectionTimeout", "00:00:00.300");

    [Fact]
    public async Task With_MongoDB_down_the_server_starts_reports_not_ready_and_answers_STORE_UNAVAILABLE()
    {
        var client = _factory.CreateClient();

        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var response = await client.PostGraphQLAsync("{ associates { totalCount } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("STORE_UNAVAILABLE", response.FirstErrorCode);
        ResponseAssert.NoStackTrace(response);
    }
}
