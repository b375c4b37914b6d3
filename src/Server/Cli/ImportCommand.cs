using System.CommandLine;
using GraphTraining.Data.Exchange;
using GraphTraining.Data.Store;

namespace GraphTraining.Server.Cli;

internal static class ImportCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--from") { Description = "A folder of <collection>.json files written by export or mongoexport.", Required = true };
        var command = new Command("import", "Loads exported collections into the configured store; a bad line names its file and line and nothing is written.") { input };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var app = CliHost.Build(parseResult);
            try
            {
                var result = await StoreImporter.ImportAsync(app.Services.GetRequiredService<ITrainingStore>(), parseResult.GetValue(input)!.FullName, cancellationToken);
                await Console.Out.WriteLineAsync($"Imported {result.Total} documents: {ExportCommand.Summary(result)}.");
                return 0;
            }
            catch (StoreImportException e)
            {
                await Console.Error.WriteLineAsync($"Nothing imported. {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
