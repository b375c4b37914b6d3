using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphTraining.Schema.Conventions.Errors;

/// <summary>
/// Logs each exception GraphQL.NET did not expect, exactly once, where it is caught (in a resolver or around the
/// whole document). The client only sees what <see cref="TrainingErrorInfoProvider"/> makes of it.
/// </summary>
public static partial class UnhandledExceptionLog
{
    public static Task WriteAsync(UnhandledExceptionContext context, ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var logger = options.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(UnhandledExceptionLog))
            ?? NullLogger.Instance;
        var path = context.FieldContext is { } field ? string.Join('.', field.Path) : "(document)";
        LogUnhandled(logger, context.OriginalException, path, options.OperationName);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception at {Path} in operation {OperationName}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path, string? operationName);
}
