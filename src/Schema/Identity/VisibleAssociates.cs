using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Identity;

/// <summary>
/// The associates collection as the viewer may see it, registered scoped: every read ANDs the viewer's
/// <see cref="AssociateScope"/> into the store query, so lists, counts, ids and references agree.
/// </summary>
public sealed class VisibleAssociates(ITrainingStore store, ViewerContext viewerContext)
{
    public async Task<StorePage<AssociateDocument>> QueryAsync(StoreQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var scope = await ScopeAsync(cancellationToken).ConfigureAwait(false);
        return await store.Associates
            .QueryAsync(query with { Filter = AssociateScope.And(scope, query.Filter) }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The visible associates with these ids, in the order asked; the rest read as absent.</summary>
    public async Task<IReadOnlyList<AssociateDocument>> GetByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var scope = await ScopeAsync(cancellationToken).ConfigureAwait(false);
        if (scope is null)
        {
            return await store.Associates.GetByIdsAsync(ids, cancellationToken).ConfigureAwait(false);
        }

        var byId = new FieldCondition("_id", FilterOperator.In, ids.Cast<object?>().ToList());
        var page = await store.Associates
            .QueryAsync(new StoreQuery { Filter = new AllOf([byId, scope]) }, cancellationToken)
            .ConfigureAwait(false);
        var found = page.Items.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    private async Task<FilterNode?> ScopeAsync(CancellationToken cancellationToken) =>
        AssociateScope.For(await viewerContext.GetAsync(cancellationToken).ConfigureAwait(false));
}
