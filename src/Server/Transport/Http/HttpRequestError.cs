using GraphQL;

namespace GraphTraining.Server.Transport.Http;

/// <summary>
/// A request the transport refuses before GraphQL sees it, with the HTTP status that says why. Thrown while
/// reading the request and answered, like any GraphQL error, through the error info provider.
/// </summary>
public sealed class HttpRequestError : ExecutionError
{
    public HttpRequestError(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }
}
