using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphTraining.Data.Mongo;

/// <summary>
/// Creates the indexes once MongoDB answers. The server starts either way (readiness stays 503 and requests
/// fail fast with STORE_UNAVAILABLE), and the log says which host it could not reach and which setting to change.
/// </summary>
public sealed partial class MongoStartup(MongoTrainingStore store, ILogger<MongoStartup> logger) : BackgroundService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await MongoIndexes.CreateAsync(store.Database, stoppingToken).ConfigureAwait(false);
                LogReady(logger, store.Hosts, store.Options.Database);
                return;
            }
            catch (Exception e) when (e is TimeoutException or MongoDB.Driver.MongoException)
            {
                LogUnreachable(logger, store.Hosts, e.Message);
            }

            await Task.Delay(RetryEvery, stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "MongoDB at {Hosts} is ready; indexes on database '{Database}' are in place.")]
    private static partial void LogReady(ILogger logger, string hosts, string database);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot reach MongoDB at {Hosts} ({Reason}). Check Mongo:ConnectionString (or set Store:Provider=Embedded). Retrying every 5 seconds.")]
    private static partial void LogUnreachable(ILogger logger, string hosts, string reason);
}
