using System.Net;
using System.Text.Json;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace GraphTraining.Server.Tests.Transport;

public sealed class ExplainTests : IClassFixture<GraphTrainingFactory>
{
    private const string Query = """
        {
          associates(first: 2, after: "MA==", where: { displayName: { startsWith: "A.b" }, certifications: { some: { status: { in: [CERTIFIED, EXPIRED] } } } }, order: [{ lastName: DESC }]) {
            totalCount
            nodes { displayName location { name } }
          }
        }
        """;

    private readonly GraphTrainingFactory _factory;

    public ExplainTests(GraphTrainingFactory factory) => _factory = factory;

    [Fact]
    public async Task Explain_lists_every_store_read_as_the_MongoDB_adapter_renders_it()
    {
        await SeedAsync(_factory);

        var response = await _factory.CreateClient().PostRawAsync(Body(Query, explain: true));

        ResponseAssert.Success(response);
        var explain = response.Json.GetProperty("extensions").GetProperty("explain");
        Snapshot.Match(JsonSerializer.Serialize(explain, new JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public async Task Without_asking_there_is_no_explain()
    {
        var response = await _factory.CreateClient().PostRawAsync(Body("{ associates { totalCount } }", explain: false));

        ResponseAssert.Success(response);
        Assert.False(response.Json.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("explain", out _));
    }

    [Fact]
    public async Task Outside_Development_explain_needs_the_setting_and_VIEW_REPORTS()
    {
        using var allowed = _factory.WithWebHostBuilder(b => b.UseEnvironment("Production")).WithSetting("GraphQL:AllowExplain", "true");
        var store = allowed.Services.GetRequiredService<ITrainingStore>();
        await store.Roles.InsertAsync(new RoleDocument { Id = "role-plain", Name = "Plain" });
        await store.Associates.InsertAsync(new AssociateDocument
        {
            Id = "plain", EmployeeNumber = "P1", FirstName = "Pat", LastName = "Plain", DisplayName = "Pat Plain", LocationId = "loc-1", RoleIds = ["role-plain"],
        });

        var refused = await allowed.CreateClient().WithToken(TestTokens.For("plain")).PostRawAsync(Body("{ associates { totalCount } }", explain: true));

        ResponseAssert.Error(refused, HttpStatusCode.Forbidden, GraphQLHttpClientExtensions.GraphQLResponseJson, "EXPLAIN_NOT_ALLOWED");
    }

    [Fact]
    public async Task Outside_Development_explain_is_refused_with_a_code_unless_allowed()
    {
        using var production = _factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var allowed = production.WithSetting("GraphQL:AllowExplain", "true");

        var refused = await production.CreateClient().PostRawAsync(Body("{ associates { totalCount } }", explain: true));
        var answered = await allowed.CreateClient().PostRawAsync(Body("{ associates { totalCount } }", explain: true));

        ResponseAssert.Error(refused, HttpStatusCode.Forbidden, GraphQLHttpClientExtensions.GraphQLResponseJson, "EXPLAIN_NOT_ALLOWED");
        ResponseAssert.Success(answered);
        Assert.Equal(2, answered.Json.GetProperty("extensions").GetProperty("explain").GetArrayLength()); // the page and its count
    }

    private static string Body(string query, bool explain) =>
        JsonSerializer.Serialize(new { query, extensions = new { explain } });

    private static async Task SeedAsync(WebApplicationFactory<Program> factory)
    {
        var store = factory.Services.GetRequiredService<ITrainingStore>();
        if (await store.Locations.GetByIdAsync("loc-1") is not null)
        {
            return;
        }

        await store.Locations.InsertAsync(new LocationDocument { Id = "loc-1", Name = "Harbour" });
        await store.Associates.InsertManyAsync(Enumerable.Range(1, 4).Select(i => new AssociateDocument
        {
            Id = $"a{i}",
            EmployeeNumber = $"E{i}",
            FirstName = "A",
            LastName = $"b{i}",
            DisplayName = $"A.b {i}",
            LocationId = "loc-1",
            Certifications = [new AssociateCertification { CertificationId = "c1", Status = CertificationStatus.Certified }],
        }).ToList());
    }
}
