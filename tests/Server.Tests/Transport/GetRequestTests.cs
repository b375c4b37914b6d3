using System.Net;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Server.Tests.Support;
using static GraphTraining.Server.Tests.Support.GraphQLHttpClientExtensions;

namespace GraphTraining.Server.Tests.Transport;

public sealed class GetRequestTests(TransportFactory factory) : IClassFixture<TransportFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_query_with_json_variables_returns_its_data()
    {
        var response = await _client.GetGraphQLAsync("query Q($t: String!) { echo(text: $t) }", """{ "t": "via GET" }""");

        ResponseAssert.Success(response);
        Assert.Equal("via GET", response.Data.GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_picks_the_operation_by_name_and_ignores_empty_optional_parameters()
    {
        var response = await _client.GetGraphQLAsync(new Dictionary<string, string>
        {
            ["query"] = """query A { a: echo(text: "a") } query B { b: echo(text: "b") }""",
            ["operationName"] = "B",
            ["variables"] = "",
            ["extensions"] = "",
        });

        ResponseAssert.Success(response);
        Assert.Equal("b", response.Data.GetProperty("b").GetString());
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Get_mutation_is_405_allowing_post_and_does_not_run(string accept)
    {
        var response = await _client.GetGraphQLAsync("""mutation { echo(text: "must not run") }""", accept: accept);

        ResponseAssert.Error(response, HttpStatusCode.MethodNotAllowed, accept, ErrorCodes.MutationNotAllowedOverGet);
        Assert.Equal("POST", response.Allow);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Get_picking_the_mutation_of_a_mixed_document_is_405()
    {
        var response = await _client.GetGraphQLAsync(new Dictionary<string, string>
        {
            ["query"] = """query Q { __typename } mutation M { echo(text: "no") }""",
            ["operationName"] = "M",
        });

        ResponseAssert.Error(response, HttpStatusCode.MethodNotAllowed, GraphQLResponseJson, ErrorCodes.MutationNotAllowedOverGet);
    }

    [Fact]
    public async Task Get_without_query_is_400()
    {
        var response = await _client.GetGraphQLAsync(new Dictionary<string, string> { ["operationName"] = "Q" });

        ResponseAssert.Error(response, HttpStatusCode.BadRequest, GraphQLResponseJson, ErrorCodes.InvalidRequest);
    }

    [Theory]
    [InlineData("{ not json", ErrorCodes.InvalidJson)]
    [InlineData("[1]", ErrorCodes.InvalidRequest)]
    [InlineData("\"text\"", ErrorCodes.InvalidRequest)]
    public async Task Get_with_variables_that_are_not_a_json_object_is_400(string variables, string code)
    {
        var response = await _client.GetGraphQLAsync("{ __typename }", variables, accept: Json);

        ResponseAssert.Error(response, HttpStatusCode.BadRequest, Json, code);
    }

    [Fact]
    public async Task Get_with_a_parameter_given_twice_is_400()
    {
        var response = await _client.SendGraphQLAsync(
            HttpMethod.Get, Endpoint + "?query=%7B__typename%7D&query=%7B__typename%7D", null, GraphQLResponseJson, default);

        ResponseAssert.Error(response, HttpStatusCode.BadRequest, GraphQLResponseJson, ErrorCodes.InvalidRequest);
    }

    [Fact]
    public async Task Get_is_405_when_configuration_turns_it_off()
    {
        using var postOnly = factory.WithSetting("GraphQL:AllowGet", "false");
        using var client = postOnly.CreateClient();

        var response = await client.GetGraphQLAsync("{ __typename }");

        ResponseAssert.Error(response, HttpStatusCode.MethodNotAllowed, GraphQLResponseJson, ErrorCodes.MethodNotAllowed);
        Assert.Equal("POST", response.Allow);
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_405_naming_get_and_post(string method)
    {
        using var content = new StringContent("""{ "query": "{ __typename }" }""", System.Text.Encoding.UTF8, "application/json");

        var response = await _client.SendGraphQLAsync(new HttpMethod(method), Endpoint, content, GraphQLResponseJson, default);

        ResponseAssert.Error(response, HttpStatusCode.MethodNotAllowed, GraphQLResponseJson, ErrorCodes.MethodNotAllowed);
        Assert.Equal("GET, POST", response.Allow);
    }
}
