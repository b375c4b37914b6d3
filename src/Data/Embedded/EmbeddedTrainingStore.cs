using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded.Reports;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using Microsoft.Data.Sqlite;

namespace GraphTraining.Data.Embedded;

/// <summary>
/// The default store: every collection held in memory for querying and, unless memory-only, made durable in
/// one SQLite file (<c>graphtraining.db</c> under <see cref="StoreOptions.DataDirectory"/>). Opening loads every
/// committed document; disposing closes the file so the same directory can be opened again.
/// </summary>
public sealed class EmbeddedTrainingStore : ITrainingStore, IDisposable, IAsyncDisposable
{
    private readonly EmbeddedWriter _writer;
    private readonly List<IEmbeddedCollection> _collections = [];

    /// <summary>A memory-only store: nothing outlives the process.</summary>
    public EmbeddedTrainingStore()
        : this(new MemoryDocumentJournal())
    {
    }

    /// <summary>A durable store in <see cref="StoreOptions.DataDirectory"/> (created when absent); memory-only when that is empty.</summary>
    public EmbeddedTrainingStore(StoreOptions options)
        : this(OpenJournal(options))
    {
    }

    private EmbeddedTrainingStore(IDocumentJournal journal)
    {
        DocumentMapping.Register();
        _writer = new EmbeddedWriter(journal);
        Associates = Collection<AssociateDocument>(CollectionNames.Associates);
        Locations = Collection<LocationDocument>(CollectionNames.Locations);
        JobFunctions = Collection<JobFunctionDocument>(CollectionNames.JobFunctions);
        Certifications = Collection<CertificationDefinitionDocument>(CollectionNames.Certifications);
        Checklists = Collection<ChecklistDefinitionDocument>(CollectionNames.Checklists);
        PlanTypes = Collection<PlanTypeDocument>(CollectionNames.PlanTypes);
        PlanOutcomes = Collection<PlanOutcomeDocument>(CollectionNames.PlanOutcomes);
        Roles = Collection<RoleDocument>(CollectionNames.Roles);
        Notifications = Collection<NotificationDocument>(CollectionNames.Notifications);
        var associates = (EmbeddedCollection<AssociateDocument>)Associates;
        var catalog = new EmbeddedReportCatalog(
            (EmbeddedCollection<CertificationDefinitionDocument>)Certifications,
            (EmbeddedCollection<ChecklistDefinitionDocument>)Checklists,
            (EmbeddedCollection<PlanTypeDocument>)PlanTypes,
            (EmbeddedCollection<PlanOutcomeDocument>)PlanOutcomes);
        CertificationRecords = new EmbeddedReportRows<CertificationRecord>(ReportNames.CertificationRecords, associates, catalog, RowProjection.Certifications);
        SkillBuildRecords = new EmbeddedReportRows<SkillBuildRecord>(ReportNames.SkillBuildRecords, associates, catalog, RowProjection.Checklists);
        PlanRecords = new EmbeddedReportRows<PlanRecord>(ReportNames.PlanRecords, associates, catalog, RowProjection.Plans);
        try
        {
            EmbeddedStoreLoader.Load(_writer.ReadAll(), _collections);
        }
        catch
        {
            _writer.Dispose();
            throw;
        }
    }

    /// <summary>The SQLite file this store writes to, or null when it is memory-only.</summary>
    public string? DatabasePath => _writer.DatabasePath;

    public IDocumentCollection<AssociateDocument> Associates { get; }

    public IDocumentCollection<LocationDocument> Locations { get; }

    public IDocumentCollection<JobFunctionDocument> JobFunctions { get; }

    public IDocumentCollection<CertificationDefinitionDocument> Certifications { get; }

    public IDocumentCollection<ChecklistDefinitionDocument> Checklists { get; }

    public IDocumentCollection<PlanTypeDocument> PlanTypes { get; }

    public IDocumentCollection<PlanOutcomeDocument> PlanOutcomes { get; }

    public IDocumentCollection<RoleDocument> Roles { get; }

    public IDocumentCollection<NotificationDocument> Notifications { get; }

    public IReportRows<CertificationRecord> CertificationRecords { get; }

    public IReportRows<SkillBuildRecord> SkillBuildRecords { get; }

    public IReportRows<PlanRecord> PlanRecords { get; }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _writer.WriteAsync(journal => journal.PingAsync(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or ObjectDisposedException)
        {
            return false;
        }
    }

    public void Dispose() => _writer.Dispose();

    public ValueTask DisposeAsync()
    {
        _writer.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Reads a pragma on the connection that does the writes, where per-connection settings live.</summary>
    internal Task<string?> ReadPragmaAsync(string name) =>
        _writer.WriteAsync(journal => journal.ReadPragmaAsync(name), CancellationToken.None);

    private static IDocumentJournal OpenJournal(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.DataDirectory)
            ? new MemoryDocumentJournal()
            : SqliteDocumentJournal.Open(options.DataDirectory);
    }

    private EmbeddedCollection<T> Collection<T>(string name) where T : Document
    {
        var collection = new EmbeddedCollection<T>(name, _writer);
        _collections.Add(collection);
        return collection;
    }
}
