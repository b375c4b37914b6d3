using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Store.Explain;

/// <summary>Wraps the configured store and records every read into <see cref="StoreOperationLog.Current"/>, when there is one.</summary>
public sealed class ObservedTrainingStore(ITrainingStore inner) : ITrainingStore
{
    public ITrainingStore Inner => inner;

    public IDocumentCollection<AssociateDocument> Associates { get; } = new ObservedCollection<AssociateDocument>(inner.Associates);

    public IDocumentCollection<LocationDocument> Locations { get; } = new ObservedCollection<LocationDocument>(inner.Locations);

    public IDocumentCollection<JobFunctionDocument> JobFunctions { get; } = new ObservedCollection<JobFunctionDocument>(inner.JobFunctions);

    public IDocumentCollection<CertificationDefinitionDocument> Certifications { get; } = new ObservedCollection<CertificationDefinitionDocument>(inner.Certifications);

    public IDocumentCollection<ChecklistDefinitionDocument> Checklists { get; } = new ObservedCollection<ChecklistDefinitionDocument>(inner.Checklists);

    public IDocumentCollection<PlanTypeDocument> PlanTypes { get; } = new ObservedCollection<PlanTypeDocument>(inner.PlanTypes);

    public IDocumentCollection<PlanOutcomeDocument> PlanOutcomes { get; } = new ObservedCollection<PlanOutcomeDocument>(inner.PlanOutcomes);

    public IDocumentCollection<RoleDocument> Roles { get; } = new ObservedCollection<RoleDocument>(inner.Roles);

    public IDocumentCollection<NotificationDocument> Notifications { get; } = new ObservedCollection<NotificationDocument>(inner.Notifications);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private sealed class ObservedCollection<T>(IDocumentCollection<T> collection) : IDocumentCollection<T> where T : Document
    {
        public string Name => collection.Name;

        public Task<StorePage<T>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default)
        {
            StoreOperationLog.Current?.Record(new StoreOperation(Name, typeof(T), query, null));
            return collection.QueryAsync(query, cancellationToken);
        }

        public Task<IReadOnlyList<T>> GetByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            StoreOperationLog.Current?.Record(new StoreOperation(Name, typeof(T), null, [.. ids]));
            return collection.GetByIdsAsync(ids, cancellationToken);
        }

        public Task<T> InsertAsync(T document, CancellationToken cancellationToken = default) => collection.InsertAsync(document, cancellationToken);

        public Task InsertManyAsync(IReadOnlyCollection<T> documents, CancellationToken cancellationToken = default) => collection.InsertManyAsync(documents, cancellationToken);

        public Task<T> ReplaceAsync(T document, CancellationToken cancellationToken = default) => collection.ReplaceAsync(document, cancellationToken);

        public Task<bool> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default) => collection.DeleteAsync(id, expectedVersion, cancellationToken);
    }
}
