using System.Net;

namespace GraphTraining.Server.Tests.Support;

/// <summary>The checks every error response gets: status, media type, first code, and no leaked stack trace.</summary>
public static class ResponseAssert
{
    /// <summary>How .NET prints a stack frame; it must never reach a client.</summary>
    public const string StackTraceMarker = "   at ";

    public static void Error(GraphQLResponse response, HttpStatusCode status, string mediaType, string code)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(status, response.Status);
        Assert.Equal(mediaType, response.MediaType);
        Assert.Equal(code, response.FirstErrorCode);
        EveryErrorHasACode(response);
        NoStackTrace(response);
    }

    public static void Success(GraphQLResponse response, string mediaType = GraphQLHttpClientExtensions.GraphQLResponseJson)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.Status == HttpStatusCode.OK, $"Expected 200, got {(int)response.Status}: {response.Body}");
        Assert.Equal(mediaType, response.MediaType);
        Assert.False(response.HasErrors, response.Body);
        Assert.True(response.HasData, response.Body);
    }

    public static void EveryErrorHasACode(GraphQLResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var errors = response.Json.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("extensions").GetProperty("code").GetString())));
    }

    public static void NoStackTrace(GraphQLResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.DoesNotContain(StackTraceMarker, response.Body, StringComparison.Ordinal);
    }
}
