using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Tests.Support;

/// <summary>Counts lookups by id on associates, to prove the loaders batch.</summary>
public sealed class CountingStore(ITrainingStore inner) : ITrainingStore
{
    private int _associateLookups;

    public int AssociateLookups => Volatile.Read(ref _associateLookups);

    public IDocumentCollection<AssociateDocument> Associates => field ??= new Counting<AssociateDocument>(inner.Associates, () => Interlocked.Increment(ref _associateLookups));

    public IDocumentCollection<LocationDocument> Locations => inner.Locations;

    public IDocumentCollection<JobFunctionDocument> JobFunctions => inner.JobFunctions;

    public IDocumentCollection<CertificationDefinitionDocument> Certifications => inner.Certifications;

    public IDocumentCollection<ChecklistDefinitionDocument> Checklists => inner.Checklists;

    public IDocumentCollection<PlanTypeDocument> PlanTypes => inner.PlanTypes;

    public IDocumentCollection<PlanOutcomeDocument> PlanOutcomes => inner.PlanOutcomes;

    public IDocumentCollection<RoleDocument> Roles => inner.Roles;

    public IDocumentCollection<NotificationDocument> Notifications => inner.Notifications;

    public IReportRows<CertificationRecord> CertificationRecords => inner.CertificationRecords;

    public IReportRows<SkillBuildRecord> SkillBuildRecords => inner.SkillBuildRecords;

    public IReportRows<PlanRecord> PlanRecords => inner.PlanRecords;

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private sealed class Counting<T>(IDocumentCollection<T> inner, Action onLookup) : IDocumentCollection<T> where T : Document
    {
        public string Name => inner.Name;

        public Task<StorePage<T>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

        public Task<IReadOnlyList<T>> GetByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            onLookup();
            return inner.GetByIdsAsync(ids, cancellationToken);
        }

        public Task<T> InsertAsync(T document, CancellationToken cancellationToken = default) => inner.InsertAsync(document, cancellationToken);

        public Task InsertManyAsync(IReadOnlyCollection<T> documents, CancellationToken cancellationToken = default) => inner.InsertManyAsync(documents, cancellationToken);

        public Task<T> ReplaceAsync(T document, CancellationToken cancellationToken = default) => inner.ReplaceAsync(document, cancellationToken);

        public Task<bool> DeleteAsync(string id, long expectedVersion, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, expectedVersion, cancellationToken);
    }
}
