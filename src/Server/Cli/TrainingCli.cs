using System.CommandLine;

namespace GraphTraining.Server.Cli;

/// <summary>
/// The server's maintenance commands (<c>dotnet run --project src/Server -- schema|seed|export|import|token</c>). They
/// read the same configuration as the server, so <c>--Store:Provider=Mongo</c> and friends work here too.
/// </summary>
public static class TrainingCli
{
    private static readonly Command[] Commands = [SchemaCommand.Create(), SeedCommand.Create(), ExportCommand.Create(), ImportCommand.Create(), TokenCommand.Create()];

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && Commands.Any(c => c.Name == args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("GraphTraining maintenance commands. Run without a command to serve the API.");
        foreach (var command in Commands)
        {
            command.TreatUnmatchedTokensAsErrors = false;
            root.Add(command);
        }

        return root.Parse(args).InvokeAsync();
    }
}
