using GraphTraining.Data.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphTraining.Data.Seeding;

/// <summary>Seeds the demo data into an empty store before the server starts listening, when <c>Store:SeedDemoData</c> is on.</summary>
public sealed partial class DemoDataStartup(ITrainingStore store, IOptions<StoreOptions> options, ILogger<DemoDataStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        try
        {
            if (await DemoDataSeeder.SeedIfEmptyAsync(store, new DemoDataOptions(), cancellationToken).ConfigureAwait(false))
            {
                LogSeeded(logger, new DemoDataOptions().Associates);
            }
        }
        catch (StoreUnavailableException e)
        {
            // The server still starts: readiness reports the outage and requests fail fast until the store answers.
            LogNotSeeded(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: seeded demo data with {Associates} associates.")]
    private static partial void LogSeeded(ILogger logger, int associates);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data not seeded, the store is unavailable: {Reason}")]
    private static partial void LogNotSeeded(ILogger logger, string reason);
}
