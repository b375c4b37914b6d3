using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>The skill build checklists, by id.</summary>
internal static class DemoChecklists
{
    public const string StoreInduction = "chk-store-induction";
    public const string WarehouseInduction = "chk-warehouse-induction";
    public const string ManualHandling = "chk-manual-handling";
    public const string CustomerService = "chk-customer-service";
    public const string TillOperation = "chk-till-operation";
    public const string CashOffice = "chk-cash-office";
    public const string ComplaintsHandling = "chk-complaints-handling";
    public const string FoodSafety = "chk-food-safety";
    public const string AllergenAwareness = "chk-allergen-awareness";
    public const string ForkliftPreUse = "chk-forklift-pre-use";
    public const string ForkliftPractical = "chk-forklift-practical";
    public const string OrderPicking = "chk-order-picking";
    public const string Dispensing = "chk-dispensing";
    public const string ControlledDrugs = "chk-controlled-drugs";
    public const string CoachingConversations = "chk-coaching-conversations";
    public const string FirstAid = "chk-first-aid";
    public const string FireWarden = "chk-fire-warden";

    public static IReadOnlyList<ChecklistDefinitionDocument> All { get; } =
        [.. StoreChecklists.All, .. WarehouseChecklists.All, .. SharedChecklists.All];
}
