using System.CommandLine;
using GraphTraining.Data.Exchange;
using GraphTraining.Data.Store;

namespace GraphTraining.Server.Cli;

internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write <collection>.json files to.", Required = true };
        var command = new Command("export", "Writes every collection as MongoDB Extended JSON, one document a line (mongoimport's format).") { output };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var app = CliHost.Build(parseResult);
            var result = await StoreExporter.ExportAsync(app.Services.GetRequiredService<ITrainingStore>(), parseResult.GetValue(output)!.FullName, cancellationToken);
            await Console.Out.WriteLineAsync($"Exported {result.Total} documents: {Summary(result)}.");
            return 0;
        });
        return command;
    }

    internal static string Summary(StoreExchangeResult result) =>
        string.Join(", ", result.Counts.Select(c => $"{c.Key} {c.Value}"));
}
