using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo.Reports;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using Microsoft.Extensions.Options;
using MongoDB.Bson;
using MongoDB.Driver;

namespace GraphTraining.Data.Mongo;

/// <summary>The production store on MongoDB; a singleton holding one <see cref="MongoClient"/> (which pools connections).</summary>
public sealed class MongoTrainingStore : ITrainingStore, IDisposable
{
    private readonly MongoClient _client;

    public MongoTrainingStore(IOptions<MongoOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DocumentMapping.Register();
        Options = options.Value;
        _client = new MongoClient(Settings(Options));
        Database = _client.GetDatabase(Options.Database);
        Associates = Collection<AssociateDocument>(CollectionNames.Associates);
        Locations = Collection<LocationDocument>(CollectionNames.Locations);
        JobFunctions = Collection<JobFunctionDocument>(CollectionNames.JobFunctions);
        Certifications = Collection<CertificationDefinitionDocument>(CollectionNames.Certifications);
        Checklists = Collection<ChecklistDefinitionDocument>(CollectionNames.Checklists);
        PlanTypes = Collection<PlanTypeDocument>(CollectionNames.PlanTypes);
        PlanOutcomes = Collection<PlanOutcomeDocument>(CollectionNames.PlanOutcomes);
        Roles = Collection<RoleDocument>(CollectionNames.Roles);
        Notifications = Collection<NotificationDocument>(CollectionNames.Notifications);
        var associates = Database.GetCollection<BsonDocument>(CollectionNames.Associates);
        CertificationRecords = new MongoReportRows<CertificationRecord>(ReportNames.CertificationRecords, associates);
        SkillBuildRecords = new MongoReportRows<SkillBuildRecord>(ReportNames.SkillBuildRecords, associates);
        PlanRecords = new MongoReportRows<PlanRecord>(ReportNames.PlanRecords, associates);
    }

    public MongoOptions Options { get; }

    public IMongoDatabase Database { get; }

    /// <summary>The hosts the client was told to reach, for start-up and outage messages.</summary>
    public string Hosts => string.Join(",", _client.Settings.Servers);

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
            await Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is TimeoutException or MongoException)
        {
            return false;
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>
    /// Majority write and read concern so an acknowledged write survives a primary failover; retryable writes
    /// so a failover mid-write is retried once by the driver; a short server selection timeout so requests
    /// during an outage fail fast instead of hanging for the driver's default 30 seconds.
    /// </summary>
    public static MongoClientSettings Settings(MongoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = MongoClientSettings.FromConnectionString(options.ConnectionString);
        settings.ServerSelectionTimeout = options.ServerSelectionTimeout;
        settings.ConnectTimeout = options.ServerSelectionTimeout;
        settings.RetryWrites = true;
        settings.RetryReads = true;
        settings.WriteConcern = WriteConcern.WMajority;
        settings.ReadConcern = ReadConcern.Majority;
        return settings;
    }

    private MongoCollection<T> Collection<T>(string name) where T : Document =>
        new(Database.GetCollection<T>(name), _client, Options);
}
