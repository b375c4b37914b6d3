using GraphTraining.Data.Store;

namespace GraphTraining.Data.Exchange;

/// <summary>Reaches a store's collection by its name, with its document type.</summary>
internal static class StoreCollections
{
    public static Task<TResult> VisitAsync<TResult>(ITrainingStore store, string name, ICollectionVisitor<TResult> visitor) => name switch
    {
        CollectionNames.Associates => visitor.VisitAsync(store.Associates),
        CollectionNames.Locations => visitor.VisitAsync(store.Locations),
        CollectionNames.JobFunctions => visitor.VisitAsync(store.JobFunctions),
        CollectionNames.Certifications => visitor.VisitAsync(store.Certifications),
        CollectionNames.Checklists => visitor.VisitAsync(store.Checklists),
        CollectionNames.PlanTypes => visitor.VisitAsync(store.PlanTypes),
        CollectionNames.PlanOutcomes => visitor.VisitAsync(store.PlanOutcomes),
        CollectionNames.Roles => visitor.VisitAsync(store.Roles),
        CollectionNames.Notifications => visitor.VisitAsync(store.Notifications),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a collection of the store."),
    };

    public static string FileName(string collection) => collection + ".json";
}
