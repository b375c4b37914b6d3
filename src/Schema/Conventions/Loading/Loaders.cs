using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Conventions.Loading;

/// <summary>
/// The request's batch loaders for references that cross documents; registered scoped. Associates load through
/// the viewer's scope, so a reference to someone the viewer may not see resolves to null.
/// </summary>
public sealed class Loaders(ITrainingStore store, VisibleAssociates visibleAssociates)
{
    public DocumentByIdLoader<AssociateDocument> Associates => field ??= new(visibleAssociates.GetByIdsAsync);

    public DocumentByIdLoader<LocationDocument> Locations => field ??= new(store.Locations);

    public DocumentByIdLoader<JobFunctionDocument> JobFunctions => field ??= new(store.JobFunctions);

    public DocumentByIdLoader<CertificationDefinitionDocument> Certifications => field ??= new(store.Certifications);

    public DocumentByIdLoader<ChecklistDefinitionDocument> Checklists => field ??= new(store.Checklists);

    public DocumentByIdLoader<PlanTypeDocument> PlanTypes => field ??= new(store.PlanTypes);

    public DocumentByIdLoader<PlanOutcomeDocument> PlanOutcomes => field ??= new(store.PlanOutcomes);

    public DocumentByIdLoader<RoleDocument> Roles => field ??= new(store.Roles);
}
