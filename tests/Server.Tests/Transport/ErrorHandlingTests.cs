using System.Net;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Server.Tests.Support;
using static GraphTraining.Server.Tests.Support.GraphQLHttpClientExtensions;

namespace GraphTraining.Server.Tests.Transport;

public sealed class ErrorHandlingTests(TransportFactory factory) : IClassFixture<TransportFactory>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Unexpected_exception_becomes_a_generic_internal_error_without_details()
    {
        var response = await _client.PostGraphQLAsync("{ failUnexpectedly }");

        ResponseAssert.Error(response, HttpStatusCode.OK, GraphQLResponseJson, ErrorCodes.InternalError);
        Assert.Equal("An unexpected error occurred.", response.FirstError.GetProperty("message").GetString());
        Assert.DoesNotContain(TestOnlyQueries.SecretDetail, response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperation", response.Body, StringComparison.Ordinal);
        Assert.Equal("failUnexpectedly", response.FirstError.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Store_outage_has_its_own_code_and_a_safe_message()
    {
        var response = await _client.PostGraphQLAsync("{ failStoreUnavailable }");

        ResponseAssert.Error(response, HttpStatusCode.OK, GraphQLResponseJson, ErrorCodes.StoreUnavailable);
        Assert.DoesNotContain(TestOnlyQueries.SecretDetail, response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_raised_without_a_code_still_gets_one_and_keeps_its_message()
    {
        var response = await _client.PostGraphQLAsync("{ failWithoutCode }");

        ResponseAssert.Error(response, HttpStatusCode.OK, GraphQLResponseJson, ErrorCodes.ExecutionError);
        Assert.Equal("A message meant for the client.", response.FirstError.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Every_error_of_a_response_with_several_has_a_code()
    {
        var response = await _client.PostGraphQLAsync("{ failUnexpectedly failStoreUnavailable failWithoutCode }");

        Assert.Equal(
            [ErrorCodes.ExecutionError, ErrorCodes.InternalError, ErrorCodes.StoreUnavailable],
            response.ErrorCodes.Order());
        ResponseAssert.NoStackTrace(response);
    }

    [Fact]
    public async Task Exception_details_appear_only_when_configured()
    {
        using var development = factory.WithSetting("GraphQL:ExposeExceptionDetails", "true");
        using var client = development.CreateClient();

        var response = await client.PostGraphQLAsync("{ failUnexpectedly }");

        Assert.Equal(ErrorCodes.InternalError, response.FirstErrorCode);
        var details = response.FirstError.GetProperty("extensions").GetProperty("details").GetString();
        Assert.Contains("InvalidOperationException", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aborting_the_request_cancels_the_running_resolver()
    {
        var key = Guid.NewGuid().ToString();
        using var abort = new CancellationTokenSource();
        var request = _client.PostGraphQLAsync(
            $$"""{ waitForCancellation(key: "{{key}}") }""", cancellationToken: abort.Token);

        await factory.Cancellation.Started(key).WaitAsync(Deadline);
        await abort.CancelAsync();

        await factory.Cancellation.Cancelled(key).WaitAsync(Deadline);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
    }
}
