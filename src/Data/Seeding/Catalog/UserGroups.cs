namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>The user groups of the demo organisation; eligibility rules in the catalog name them.</summary>
internal static class UserGroups
{
    public const string Frontline = "Frontline";
    public const string Warehouse = "Warehouse";
    public const string Pharmacy = "Pharmacy";
    public const string Leadership = "Leadership";
}
