using GraphQL;
using GraphQL.Execution;
using GraphTraining.Data.Store;
using Microsoft.Extensions.Options;

namespace GraphTraining.Schema.Conventions.Errors;

/// <summary>
/// The one place that turns an error into what a client sees: every error gets <c>extensions.code</c>, and an
/// exception nobody expected becomes <see cref="ErrorCodes.InternalError"/> with a generic message. Exception
/// details (type, stack) are added only when <see cref="ErrorInfoProviderOptions.ExposeExceptionDetails"/> is on,
/// which the host turns on in Development.
/// </summary>
public sealed class TrainingErrorInfoProvider(IOptions<ErrorInfoProviderOptions> options) : IErrorInfoProvider
{
    private const string UnexpectedMessage = "An unexpected error occurred.";

    private readonly bool _exposeDetails = options.Value.ExposeExceptionDetails;

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        ArgumentNullException.ThrowIfNull(executionError);
        var (code, message) = Describe(executionError);
        var extensions = executionError.Extensions is { Count: > 0 } own
            ? new Dictionary<string, object?>(own)
            : [];
        extensions["code"] = code;
        if (_exposeDetails && executionError.InnerException is { } inner)
        {
            extensions["details"] = inner.ToString();
        }

        return new ErrorInfo { Message = message, Extensions = extensions };
    }

    /// <summary>The code and client-facing message for an error.</summary>
    public static (string Code, string Message) Describe(ExecutionError error) => error switch
    {
        // GraphQL.NET wraps anything a resolver (or the engine) threw that was not an ExecutionError; its code
        // would otherwise be derived from the exception's type name, which leaks internals.
        UnhandledError { InnerException: { } inner } => DescribeException(inner),
        UnhandledError => (ErrorCodes.InternalError, UnexpectedMessage),
        _ => (error.Code ?? ErrorCodes.ExecutionError, error.Message),
    };

    private static (string Code, string Message) DescribeException(Exception exception) => exception switch
    {
        StoreUnavailableException => (ErrorCodes.StoreUnavailable, "The store cannot be reached right now; try again shortly."),
        VersionConflictException => (ErrorCodes.VersionConflict, "The data changed while this request was saving it; reload and try again."),
        _ => (ErrorCodes.InternalError, UnexpectedMessage),
    };
}
