using System.Text.Json.Nodes;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Conventions;

public class PagingTests
{
    private const string Page = """
        query($first: Int, $after: String, $last: Int, $before: String) {
          associates(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { employeeNumber }
          }
        }
        """;

    [Fact]
    public async Task Paging_forward_with_cursors_visits_every_associate_once_in_order()
    {
        await using var host = await HostWithAssociatesAsync(23);
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var connection = Connection(await host.ExecuteAsync(Page, new { first = 5, after }));
            seen.AddRange(Numbers(connection));
            pages++;
            Assert.Equal(23, connection["totalCount"]!.GetValue<int>());
            Assert.Equal(pages > 1, connection["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                break;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }

        Assert.Equal(5, pages);
        Assert.Equal(Enumerable.Range(1, 23).Select(i => $"E-a{i:000}"), seen);
    }

    [Fact]
    public async Task Paging_backward_with_last_and_before_returns_the_preceding_rows()
    {
        await using var host = await HostWithAssociatesAsync(12);

        var tail = Connection(await host.ExecuteAsync(Page, new { last = 5 }));
        var before = tail["pageInfo"]!["startCursor"]!.GetValue<string>();
        var previous = Connection(await host.ExecuteAsync(Page, new { last = 5, before }));

        Assert.Equal(Enumerable.Range(8, 5).Select(i => $"E-a{i:000}"), Numbers(tail));
        Assert.False(tail["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(Enumerable.Range(3, 5).Select(i => $"E-a{i:000}"), Numbers(previous));
        Assert.True(previous["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.True(previous["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_first_or_last_a_page_holds_the_default_ten()
    {
        await using var host = await HostWithAssociatesAsync(12);

        var connection = Connection(await host.ExecuteAsync(Page));

        Assert.Equal(10, Numbers(connection).Count());
        Assert.True(connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{ "first": 101 }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ "last": 500 }""", "PAGE_SIZE_EXCEEDED")]
    [InlineData("""{ "first": -1 }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ "first": 2, "last": 2 }""", "INVALID_PAGE_SIZE")]
    [InlineData("""{ "after": "not a cursor" }""", "INVALID_CURSOR")]
    [InlineData("""{ "before": "bm90IGEgbnVtYmVy" }""", "INVALID_CURSOR")]
    public async Task Bad_paging_arguments_are_errors_with_a_code_and_no_data(string variables, string code)
    {
        await using var host = await HostWithAssociatesAsync(3);

        var response = await host.ExecuteAsync(Page, JsonNode.Parse(variables));

        Assert.Equal(code, JsonAssert.FirstErrorCode(response));
        Assert.Null(response["data"]!["associates"]);
    }

    [Fact]
    public async Task The_maximum_page_size_is_configurable()
    {
        await using var host = SchemaTestHost.Create(new Dictionary<string, string?> { ["GraphQL:Paging:MaxPageSize"] = "3" });

        var response = await host.ExecuteAsync(Page, new { first = 4 });

        Assert.Equal("PAGE_SIZE_EXCEEDED", JsonAssert.FirstErrorCode(response));
    }

    private static async Task<SchemaTestHost> HostWithAssociatesAsync(int count)
    {
        var host = SchemaTestHost.Create();
        await host.Store.Associates.InsertManyAsync(Enumerable.Range(1, count).Select(i => Build.Associate($"a{i:000}")).ToList());
        return host;
    }

    private static JsonNode Connection(JsonObject response) => JsonAssert.Data(response)["associates"]!;

    private static IEnumerable<string> Numbers(JsonNode connection) =>
        connection["nodes"]!.AsArray().Select(n => n!["employeeNumber"]!.GetValue<string>());
}
