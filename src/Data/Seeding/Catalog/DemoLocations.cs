using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>Two regions, each with a distribution centre and a superstore (one with a pharmacy).</summary>
internal static class DemoLocations
{
    public const string HarbourPoint = "loc-01";
    public const string Riverside = "loc-02";
    public const string Oakfield = "loc-03";
    public const string Southgate = "loc-04";

    public static IReadOnlyList<string> Regions { get; } = ["North", "South"];

    public static IReadOnlyList<Site> Sites { get; } =
    [
        new(
            new LocationDocument { Id = HarbourPoint, Name = "Harbour Point Distribution Centre", Region = "North" },
            RegionIndex: 0,
            FrontlineWeight: 30,
            UserGroups.Warehouse,
            [(DemoJobFunctions.ForkliftOperator, 40), (DemoJobFunctions.OrderPicker, 60)]),
        new(
            new LocationDocument { Id = Riverside, Name = "Riverside Superstore", Region = "North" },
            RegionIndex: 0,
            FrontlineWeight: 25,
            UserGroups.Frontline,
            [(DemoJobFunctions.Cashier, 40), (DemoJobFunctions.CustomerService, 30), (DemoJobFunctions.FreshFood, 30)]),
        new(
            new LocationDocument { Id = Oakfield, Name = "Oakfield Superstore & Pharmacy", Region = "South" },
            RegionIndex: 1,
            FrontlineWeight: 30,
            UserGroups.Frontline,
            [
                (DemoJobFunctions.Cashier, 35), (DemoJobFunctions.CustomerService, 25),
                (DemoJobFunctions.FreshFood, 25), (DemoJobFunctions.PharmacyTechnician, 15),
            ]),
        new(
            new LocationDocument { Id = Southgate, Name = "Southgate Distribution Centre", Region = "South" },
            RegionIndex: 1,
            FrontlineWeight: 15,
            UserGroups.Warehouse,
            [(DemoJobFunctions.ForkliftOperator, 45), (DemoJobFunctions.OrderPicker, 55)]),
    ];

    public static IReadOnlyList<LocationDocument> All { get; } = Sites.Select(s => s.Location).ToList();
}
