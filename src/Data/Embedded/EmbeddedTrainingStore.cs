using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded;

/// <summary>The default store: every collection in memory, no external process.</summary>
public sealed class EmbeddedTrainingStore : ITrainingStore
{
    public EmbeddedTrainingStore()
    {
        DocumentMapping.Register();
    }

    public IDocumentCollection<AssociateDocument> Associates { get; } = new EmbeddedCollection<AssociateDocument>(CollectionNames.Associates);

    public IDocumentCollection<LocationDocument> Locations { get; } = new EmbeddedCollection<LocationDocument>(CollectionNames.Locations);

    public IDocumentCollection<JobFunctionDocument> JobFunctions { get; } = new EmbeddedCollection<JobFunctionDocument>(CollectionNames.JobFunctions);

    public IDocumentCollection<CertificationDefinitionDocument> Certifications { get; } = new EmbeddedCollection<CertificationDefinitionDocument>(CollectionNames.Certifications);

    public IDocumentCollection<ChecklistDefinitionDocument> Checklists { get; } = new EmbeddedCollection<ChecklistDefinitionDocument>(CollectionNames.Checklists);

    public IDocumentCollection<PlanTypeDocument> PlanTypes { get; } = new EmbeddedCollection<PlanTypeDocument>(CollectionNames.PlanTypes);

    public IDocumentCollection<PlanOutcomeDocument> PlanOutcomes { get; } = new EmbeddedCollection<PlanOutcomeDocument>(CollectionNames.PlanOutcomes);

    public IDocumentCollection<RoleDocument> Roles { get; } = new EmbeddedCollection<RoleDocument>(CollectionNames.Roles);

    public IDocumentCollection<NotificationDocument> Notifications { get; } = new EmbeddedCollection<NotificationDocument>(CollectionNames.Notifications);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);
}
