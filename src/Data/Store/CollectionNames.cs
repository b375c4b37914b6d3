namespace GraphTraining.Data.Store;

/// <summary>The MongoDB collection names; the embedded store and export files use the same ones.</summary>
public static class CollectionNames
{
    public const string Associates = "associates";
    public const string Locations = "locations";
    public const string JobFunctions = "jobFunctions";
    public const string Certifications = "certifications";
    public const string Checklists = "checklists";
    public const string PlanTypes = "planTypes";
    public const string PlanOutcomes = "planOutcomes";
    public const string Roles = "roles";
    public const string Notifications = "notifications";

    public static IReadOnlyList<string> All { get; } =
        [Associates, Locations, JobFunctions, Certifications, Checklists, PlanTypes, PlanOutcomes, Roles, Notifications];
}
