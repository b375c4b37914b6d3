using System.Net;
using System.Net.Http.Headers;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Server.Tests.Support;
using static GraphTraining.Server.Tests.Support.GraphQLHttpClientExtensions;

namespace GraphTraining.Server.Tests.Auth;

public sealed class TokenTests(GraphTrainingFactory factory) : IClassFixture<GraphTrainingFactory>
{
    public static TheoryData<string, string> BadTokens => new()
    {
        { "signed with another key", TestTokens.SignedWithAnotherKey(TestUsers.AdministratorId) },
        { "payload edited after signing", TestTokens.Tampered("someone-else", TestUsers.AdministratorId) },
        { "expired", TestTokens.Expired(TestUsers.AdministratorId) },
        { "wrong issuer", TestTokens.WithIssuer(TestUsers.AdministratorId, "https://evil.example") },
        { "wrong audience", TestTokens.WithAudience(TestUsers.AdministratorId, "another-api") },
        { "alg none", TestTokens.Unsigned(TestUsers.AdministratorId) },
        { "subject names no associate", TestTokens.For("nobody-by-this-id") },
        { "not a JWT at all", "not.a.token" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_a_401_Bearer_challenge_with_AUTH_NOT_AUTHENTICATED_and_nothing_executes(string why, string token)
    {
        using var client = factory.CreateClient().WithToken(token);

        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = JsonContent("{ __typename }") };
        using var response = await client.SendAsync(request);
        var body = await GraphQLResponse.ReadAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.StartsWith("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme, StringComparison.Ordinal);
        Assert.False(body.HasData, why);
        Assert.Equal([ErrorCodes.AuthNotAuthenticated], body.ErrorCodes);
    }

    [Fact]
    public async Task A_valid_token_for_a_stored_associate_signs_them_in()
    {
        using var client = factory.CreateClient();

        var response = await client.PostGraphQLAsync("{ me { associate { displayName } permissions } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Test Administrator", response.Data.GetProperty("me").GetProperty("associate").GetProperty("displayName").GetString());
        Assert.Contains("MANAGE_ROLES", response.Data.GetProperty("me").GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Without_a_token_public_fields_resolve_and_each_protected_field_is_an_error_at_its_path()
    {
        using var client = factory.CreateClient().WithToken(null);

        var response = await client.PostGraphQLAsync("{ __typename locations { name } roles { name } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("locations").ValueKind);
        var errors = response.Json.GetProperty("errors").EnumerateArray()
            .Select(e => (Path: e.GetProperty("path")[0].GetString(), Code: e.GetProperty("extensions").GetProperty("code").GetString()))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        Assert.Equal([("locations", ErrorCodes.AuthNotAuthenticated), ("roles", ErrorCodes.AuthNotAuthenticated)], errors);
    }

    [Fact]
    public async Task Without_a_token_introspection_of_typename_still_answers_for_the_conformance_audit()
    {
        using var client = factory.CreateClient().WithToken(null);

        var response = await client.PostGraphQLAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors);
    }

    private static ByteArrayContent JsonContent(string query)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query })));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
