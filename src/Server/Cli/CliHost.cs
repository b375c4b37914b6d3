using System.CommandLine;
using GraphTraining.Data;
using GraphTraining.Schema;

namespace GraphTraining.Server.Cli;

/// <summary>The services a command needs, built from the server's configuration plus any <c>--Section:Key=value</c> left on the command line.</summary>
internal static class CliHost
{
    // Built, never started: hosted services (start-up seeding, index creation) do not run for a command.
    public static WebApplication Build(ParseResult parseResult)
    {
        var builder = WebApplication.CreateBuilder([.. parseResult.UnmatchedTokens]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddTrainingStore(builder.Configuration);
        builder.Services.AddTrainingSchema(builder.Configuration);
        return builder.Build();
    }
}
