using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Loading;

/// <summary>The request's batch loaders for references that cross documents; registered scoped.</summary>
public sealed class Loaders(ITrainingStore store)
{
    public DocumentByIdLoader<AssociateDocument> Associates => field ??= new(store.Associates);

    public DocumentByIdLoader<LocationDocument> Locations => field ??= new(store.Locations);

    public DocumentByIdLoader<JobFunctionDocument> JobFunctions => field ??= new(store.JobFunctions);

    public DocumentByIdLoader<CertificationDefinitionDocument> Certifications => field ??= new(store.Certifications);

    public DocumentByIdLoader<ChecklistDefinitionDocument> Checklists => field ??= new(store.Checklists);

    public DocumentByIdLoader<PlanTypeDocument> PlanTypes => field ??= new(store.PlanTypes);

    public DocumentByIdLoader<PlanOutcomeDocument> PlanOutcomes => field ??= new(store.PlanOutcomes);
}
