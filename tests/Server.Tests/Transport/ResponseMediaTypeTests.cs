using System.Net;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Server.Tests.Support;
using static GraphTraining.Server.Tests.Support.GraphQLHttpClientExtensions;

namespace GraphTraining.Server.Tests.Transport;

/// <summary>
/// Accept picks the response media type; the media type decides the status of a request that fails before
/// execution (400 with application/graphql-response+json, 200 with legacy application/json).
/// </summary>
public sealed class ResponseMediaTypeTests(TransportFactory factory) : IClassFixture<TransportFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData(Json, Json)]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("text/html, application/json;q=0.9", Json)]
    [InlineData("*/*, application/json;q=0", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json; charset=utf-8", GraphQLResponseJson)]
    public async Task Accept_chooses_the_response_media_type(string? accept, string expected)
    {
        var response = await _client.PostGraphQLAsync("{ __typename }", accept: accept);

        ResponseAssert.Success(response, expected);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("application/xml, text/html;q=0.5")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    public async Task Accept_that_rules_out_both_json_types_is_406(string accept)
    {
        var response = await _client.PostGraphQLAsync("{ __typename }", accept: accept);

        ResponseAssert.Error(response, HttpStatusCode.NotAcceptable, Json, ErrorCodes.NotAcceptable);
    }

    [Theory]
    [InlineData("{", ErrorCodes.SyntaxError)]
    [InlineData("{ noSuchField }", ErrorCodes.FieldsOnCorrectType)]
    [InlineData("query A { __typename } query B { __typename }", ErrorCodes.NoOperationName)]
    [InlineData("subscription { __typename }", ErrorCodes.SubscriptionNotSupportedOverHttp)]
    public async Task Request_errors_are_400_without_data_for_graphql_response_json(string query, string code)
    {
        var response = await _client.PostGraphQLAsync(query, accept: GraphQLResponseJson);

        ResponseAssert.Error(response, HttpStatusCode.BadRequest, GraphQLResponseJson, code);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData("{", ErrorCodes.SyntaxError)]
    [InlineData("{ noSuchField }", ErrorCodes.FieldsOnCorrectType)]
    [InlineData("query A { __typename } query B { __typename }", ErrorCodes.NoOperationName)]
    [InlineData("subscription { __typename }", ErrorCodes.SubscriptionNotSupportedOverHttp)]
    public async Task Request_errors_are_200_without_data_for_legacy_json(string query, string code)
    {
        var response = await _client.PostGraphQLAsync(query, accept: Json);

        ResponseAssert.Error(response, HttpStatusCode.OK, Json, code);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unknown_operation_name_is_a_request_error(string accept, HttpStatusCode status)
    {
        var response = await _client.PostGraphQLAsync("query A { __typename }", operationName: "B", accept: accept);

        ResponseAssert.Error(response, status, accept, ErrorCodes.InvalidOperationName);
        Assert.False(response.HasData);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Variable_that_cannot_be_coerced_is_a_request_error(string accept, HttpStatusCode status)
    {
        var response = await _client.PostGraphQLAsync(
            "query Q($text: String!) { echo(text: $text) }", variables: new { text = (string?)null }, accept: accept);

        ResponseAssert.Error(response, status, accept, ErrorCodes.InvalidValue);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Field_error_keeps_200_and_the_partial_data()
    {
        var response = await _client.PostGraphQLAsync("""{ echo(text: "kept") failWithoutCode }""");

        ResponseAssert.Error(response, HttpStatusCode.OK, GraphQLResponseJson, ErrorCodes.ExecutionError);
        Assert.Equal("kept", response.Data.GetProperty("echo").GetString());
    }
}
