using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;

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

    public IReportRows<CertificationRecord> CertificationRecords { get; } = new ObservedRows<CertificationRecord>(inner.CertificationRecords);

    public IReportRows<SkillBuildRecord> SkillBuildRecords { get; } = new ObservedRows<SkillBuildRecord>(inner.SkillBuildRecords);

    public IReportRows<PlanRecord> PlanRecords { get; } = new ObservedRows<PlanRecord>(inner.PlanRecords);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private sealed class ObservedRows<TRow>(IReportRows<TRow> rows) : IReportRows<TRow> where TRow : Document
    {
        public string Name => rows.Name;

        public Task<StorePage<TRow>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default)
        {
            StoreOperationLog.Current?.Record(new StoreOperation(Name, typeof(TRow), query, null));
            return rows.QueryAsync(query, cancellationToken);
        }

        public Task<IReadOnlyList<SummaryGroup>> SummarizeAsync(FilterNode? filter, IReadOnlyList<string> groupBy, CancellationToken cancellationToken = default)
        {
            StoreOperationLog.Current?.Record(new StoreOperation(Name, typeof(TRow), new StoreQuery { Filter = filter }, null, [.. groupBy]));
            return rows.SummarizeAsync(filter, groupBy, cancellationToken);
        }
    }

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
