using System.CommandLine;
using GraphTraining.Data.Seeding;
using GraphTraining.Data.Store;

namespace GraphTraining.Server.Cli;

internal static class SeedCommand
{
    public static Command Create()
    {
        var associates = new Option<int>("--associates") { Description = "How many associates to generate.", DefaultValueFactory = _ => new DemoDataOptions().Associates };
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed gives the same data.", DefaultValueFactory = _ => new DemoDataOptions().Seed };
        var command = new Command("seed", "Seeds deterministic demo data into the configured store, which must be empty.") { associates, seed };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var app = CliHost.Build(parseResult);
            var store = app.Services.GetRequiredService<ITrainingStore>();
            var options = new DemoDataOptions { Associates = parseResult.GetValue(associates), Seed = parseResult.GetValue(seed) };
            if (!await DemoDataSeeder.SeedIfEmptyAsync(store, options, cancellationToken))
            {
                await Console.Error.WriteLineAsync("The store already holds data; seed only an empty store (for example --Store:DataDirectory=<new folder>).");
                return 1;
            }

            await Console.Out.WriteLineAsync($"Seeded {options.Associates} associates.");
            return 0;
        });
        return command;
    }
}
