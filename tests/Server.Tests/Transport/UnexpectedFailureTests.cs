using System.Net;
using GraphQL;
using GraphTraining.Schema;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static GraphTraining.Server.Tests.Support.GraphQLHttpClientExtensions;

namespace GraphTraining.Server.Tests.Transport;

/// <summary>Whatever breaks inside, a client gets a GraphQL error with a code, never a stack trace; the log gets it once.</summary>
public sealed class UnexpectedFailureTests(TransportFactory factory) : IClassFixture<TransportFactory>
{
    [Fact]
    public async Task Unexpected_resolver_exception_is_logged_exactly_once_with_the_exception()
    {
        var logs = new CapturedLogs();
        using var logged = factory.WithServices(services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = logged.CreateClient();

        await client.PostGraphQLAsync("{ failUnexpectedly }");

        var errors = logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();
        var entry = Assert.Single(errors);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Contains("failUnexpectedly", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exception_outside_graphql_execution_is_a_500_internal_error_logged_once()
    {
        var logs = new CapturedLogs();
        using var broken = factory.WithServices(services => services
            .AddSingleton<ILoggerProvider>(logs)
            .AddSingleton<IDocumentExecuter<TrainingSchema>, ThrowingExecuter>());
        using var client = broken.CreateClient();

        var response = await client.PostGraphQLAsync("{ __typename }");

        ResponseAssert.Error(response, HttpStatusCode.InternalServerError, GraphQLResponseJson, ErrorCodes.InternalError);
        Assert.DoesNotContain(ThrowingExecuter.Detail, response.Body, StringComparison.Ordinal);
        Assert.Single(logs.Entries, e => e.Exception?.Message == ThrowingExecuter.Detail);
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task Exception_details_are_shown_by_default_only_in_development(string environment, bool shown)
    {
        using var host = factory.WithWebHostBuilder(builder => builder
            .UseEnvironment(environment)
            .UseSetting("GraphQL:ExposeExceptionDetails", ""));
        using var client = host.CreateClient();

        var response = await client.PostGraphQLAsync("{ failUnexpectedly }");

        Assert.Equal(ErrorCodes.InternalError, response.FirstErrorCode);
        Assert.Equal(shown, response.FirstError.GetProperty("extensions").TryGetProperty("details", out _));
        Assert.Equal(shown, response.Body.Contains(TestOnlyQueries.SecretDetail, StringComparison.Ordinal));
    }

    private sealed class ThrowingExecuter : IDocumentExecuter<TrainingSchema>
    {
        public const string Detail = "executer blew up at /srv/secret/path";

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException(Detail);
    }
}
