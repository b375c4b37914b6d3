using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Identity;

/// <summary>Report rows as the viewer may see them: every read ANDs the viewer's row scope into the store query.</summary>
public static class VisibleReportRows
{
    public static Func<StoreQuery, CancellationToken, Task<StorePage<TRow>>> Reader<TRow>(IServiceProvider services, Func<ITrainingStore, IReportRows<TRow>> rows)
        where TRow : Document =>
        async (query, cancellationToken) =>
        {
            var scope = await ScopeAsync(services, cancellationToken).ConfigureAwait(false);
            return await rows(services.GetRequiredService<ITrainingStore>())
                .QueryAsync(query with { Filter = AssociateScope.And(scope, query.Filter) }, cancellationToken)
                .ConfigureAwait(false);
        };

    public static async Task<FilterNode?> ScopeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var viewer = await services.GetRequiredService<ViewerContext>().GetAsync(cancellationToken).ConfigureAwait(false);
        return AssociateScope.ForRows(viewer);
    }
}
