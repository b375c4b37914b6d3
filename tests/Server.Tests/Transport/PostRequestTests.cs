using System.Net;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Server.Tests.Support;
using static GraphTraining.Server.Tests.Support.GraphQLHttpClientExtensions;

namespace GraphTraining.Server.Tests.Transport;

public sealed class PostRequestTests(TransportFactory factory) : IClassFixture<TransportFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_query_returns_its_data()
    {
        var response = await _client.PostGraphQLAsync("""{ echo(text: "hi") }""");

        ResponseAssert.Success(response);
        Assert.Equal("hi", response.Data.GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_mutation_runs_it()
    {
        var response = await _client.PostGraphQLAsync("""mutation { echo(text: "saved") }""");

        ResponseAssert.Success(response);
        Assert.Equal("saved", response.Data.GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Post_with_variables_operation_name_and_extensions_uses_them()
    {
        var response = await _client.PostRawAsync("""
            {
              "query": "query A { a: echo(text: \"a\") } query B($t: String!) { b: echo(text: $t) }",
              "operationName": "B",
              "variables": { "t": "from a variable" },
              "extensions": { "client": "test" },
              "somethingFromTheFuture": 1
            }
            """);

        ResponseAssert.Success(response);
        Assert.Equal("from a variable", response.Data.GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Post_with_null_optional_parameter_treats_it_as_absent(string parameter)
    {
        var response = await _client.PostRawAsync($$"""{ "query": "{ __typename }", "{{parameter}}": null }""");

        ResponseAssert.Success(response);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Post_accepts_json_in_utf8_however_it_is_spelled(string contentType)
    {
        var response = await _client.PostRawAsync("""{ "query": "{ __typename }" }""", contentType);

        ResponseAssert.Success(response);
    }

    [Fact]
    public async Task Post_reads_non_ascii_text_as_utf8()
    {
        var response = await _client.PostGraphQLAsync("""{ echo(text: "Run🏃Swim🏊 ÄÖÜ") }""");

        ResponseAssert.Success(response);
        Assert.Equal("Run🏃Swim🏊 ÄÖÜ", response.Data.GetProperty("echo").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Post_without_a_utf8_json_content_type_is_415(string? contentType)
    {
        var response = await _client.PostRawAsync("""{ "query": "{ __typename }" }""", contentType);

        ResponseAssert.Error(response, HttpStatusCode.UnsupportedMediaType, GraphQLResponseJson, ErrorCodes.UnsupportedMediaType);
    }

    [Fact]
    public async Task Post_body_over_the_limit_is_413()
    {
        var body = $$"""{ "query": "{ __typename }", "extensions": { "pad": "{{new string('x', 1024 * 1024)}}" } }""";

        var response = await _client.PostRawAsync(body);

        ResponseAssert.Error(response, HttpStatusCode.RequestEntityTooLarge, GraphQLResponseJson, ErrorCodes.RequestTooLarge);
    }

    [Fact]
    public async Task Post_chunked_body_over_the_limit_is_413()
    {
        var body = $$"""{ "query": "{ __typename }", "extensions": { "pad": "{{new string('x', 1024 * 1024)}}" } }""";
        using var content = new StreamContent(new UnseekableStream(System.Text.Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");

        var response = await _client.SendGraphQLAsync(HttpMethod.Post, Endpoint, content, GraphQLResponseJson, default);

        ResponseAssert.Error(response, HttpStatusCode.RequestEntityTooLarge, GraphQLResponseJson, ErrorCodes.RequestTooLarge);
    }

    [Fact]
    public async Task Post_body_limit_comes_from_configuration()
    {
        using var small = factory.WithSetting("GraphQL:MaxRequestBodyBytes", "64");
        using var client = small.CreateClient();

        var fits = await client.PostRawAsync("""{ "query": "{ __typename }" }""");
        var tooBig = await client.PostRawAsync($$"""{ "query": "{ __typename }", "pad": "{{new string('x', 64)}}" }""");

        ResponseAssert.Success(fits);
        ResponseAssert.Error(tooBig, HttpStatusCode.RequestEntityTooLarge, GraphQLResponseJson, ErrorCodes.RequestTooLarge);
    }

    [Theory]
    [InlineData("""{ "query": "{ __typename }" """, GraphQLResponseJson)]
    [InlineData("""{ "query": "{ __typename }" """, Json)]
    [InlineData("NONSENSE", Json)]
    [InlineData("", GraphQLResponseJson)]
    [InlineData("", Json)]
    public async Task Post_body_that_is_not_json_is_400_whatever_the_accept(string body, string accept)
    {
        var response = await _client.PostRawAsync(body, accept: accept);

        ResponseAssert.Error(response, HttpStatusCode.BadRequest, accept, ErrorCodes.InvalidJson);
    }

    [Fact]
    public async Task Post_body_with_invalid_utf8_is_400()
    {
        byte[] body = [.. "{\"query\":\"{ echo(text: \\\""u8, 0xFF, 0xFE, .. "\\\") }\"}"u8];

        var response = await _client.PostBytesAsync(body);

        ResponseAssert.Error(response, HttpStatusCode.BadRequest, GraphQLResponseJson, ErrorCodes.InvalidJson);
    }

    [Theory]
    [InlineData("""[{ "query": "{ __typename }" }]""")]
    [InlineData("\"{ __typename }\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("""{ "qeury": "{ __typename }" }""")]
    [InlineData("""{ "query": null }""")]
    [InlineData("""{ "query": { "obj": "ect" } }""")]
    [InlineData("""{ "query": 0 }""")]
    [InlineData("""{ "query": false }""")]
    [InlineData("""{ "query": ["{ __typename }"] }""")]
    [InlineData("""{ "query": "{ __typename }", "operationName": 0 }""")]
    [InlineData("""{ "query": "{ __typename }", "operationName": ["Q"] }""")]
    [InlineData("""{ "query": "{ __typename }", "variables": "{}" }""")]
    [InlineData("""{ "query": "{ __typename }", "variables": [7] }""")]
    [InlineData("""{ "query": "{ __typename }", "variables": false }""")]
    [InlineData("""{ "query": "{ __typename }", "extensions": "string" }""")]
    [InlineData("""{ "query": "{ __typename }", "extensions": 0 }""")]
    public async Task Post_body_that_is_not_a_well_formed_graphql_request_is_400_whatever_the_accept(string body)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await _client.PostRawAsync(body, accept: accept);

            ResponseAssert.Error(response, HttpStatusCode.BadRequest, accept, ErrorCodes.InvalidRequest);
            Assert.False(response.HasData);
        }
    }

    /// <summary>A body whose length is unknown up front, so the server cannot refuse it from Content-Length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
