using GraphTraining.Data.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphTraining.Server.Health;

/// <summary>Ready means the active store answers its ping; a load balancer stops sending traffic otherwise.</summary>
public sealed class StoreReadinessCheck(ITrainingStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken).ConfigureAwait(false)
                ? HealthCheckResult.Healthy("The store answers.")
                : HealthCheckResult.Unhealthy("The store does not answer.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The store ping failed.", ex);
        }
    }
}
