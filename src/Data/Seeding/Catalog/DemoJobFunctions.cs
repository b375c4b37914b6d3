using GraphTraining.Data.Documents;
using static GraphTraining.Data.Seeding.Catalog.CatalogBuilders;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>The job functions and the action plans that run when someone is given one.</summary>
internal static class DemoJobFunctions
{
    public const string Cashier = "jf-cashier";
    public const string CustomerService = "jf-customer-service";
    public const string FreshFood = "jf-fresh-food";
    public const string PharmacyTechnician = "jf-pharmacy-technician";
    public const string ForkliftOperator = "jf-forklift-operator";
    public const string OrderPicker = "jf-order-picker";
    public const string TeamLeader = "jf-team-leader";

    private static readonly string[] Stores = [DemoLocations.Riverside, DemoLocations.Oakfield];
    private static readonly string[] Warehouses = [DemoLocations.HarbourPoint, DemoLocations.Southgate];

    public static IReadOnlyList<JobFunctionDocument> All { get; } =
    [
        new()
        {
            Id = Cashier,
            Name = "Cashier",
            Description = "Serves customers at the checkouts and looks after till cash.",
            LocationIds = Stores,
            ActionPlan = new()
            {
                Checklists = [Due(DemoChecklists.StoreInduction, 7), Due(DemoChecklists.CustomerService, 21)],
                Certifications = [Due(DemoCertifications.CashHandling, 45)],
                Observations = [Due("obs-till-accuracy", 30, "Till accuracy observation")],
            },
        },
        new()
        {
            Id = CustomerService,
            Name = "Customer Service Associate",
            Description = "Helps customers on the floor, at the service desk and with online orders.",
            LocationIds = Stores,
            ActionPlan = new()
            {
                Checklists = [Due(DemoChecklists.StoreInduction, 7), Due(DemoChecklists.CustomerService, 14)],
                Certifications = [Due(DemoCertifications.CustomerExcellence, 60)],
                Observations = [Due("obs-customer-interaction", 30, "Customer interaction observation")],
            },
        },
        new()
        {
            Id = FreshFood,
            Name = "Fresh Food Associate",
            Description = "Runs the bakery, deli and chilled counters.",
            LocationIds = Stores,
            ActionPlan = new()
            {
                Checklists = [Due(DemoChecklists.StoreInduction, 7), Due(DemoChecklists.ManualHandling, 14)],
                Certifications = [Due(DemoCertifications.FoodHygiene, 30)],
                Observations = [Due("obs-temperature-checks", 21, "Temperature log observation")],
            },
        },
        new()
        {
            Id = PharmacyTechnician,
            Name = "Pharmacy Technician",
            Description = "Dispenses prescriptions under the pharmacist's supervision.",
            LocationIds = [DemoLocations.Oakfield],
            ActionPlan = new()
            {
                Checklists = [Due(DemoChecklists.StoreInduction, 7)],
                Certifications = [Due(DemoCertifications.PharmacyDispensing, 120)],
                Observations = [Due("obs-dispensing-accuracy", 60, "Dispensing accuracy observation")],
            },
        },
        new()
        {
            Id = ForkliftOperator,
            Name = "Forklift Operator",
            Description = "Moves stock between goods-in, racking and the dispatch bays.",
            LocationIds = Warehouses,
            ActionPlan = new()
            {
                Checklists = [Due(DemoChecklists.WarehouseInduction, 3), Due(DemoChecklists.ManualHandling, 7)],
                Certifications = [Due(DemoCertifications.Forklift, 60)],
                Observations = [Due("obs-forklift-yard", 45, "Forklift yard observation")],
            },
        },
        new()
        {
            Id = OrderPicker,
            Name = "Order Picker",
            Description = "Picks store and customer orders with a handheld scanner.",
            LocationIds = Warehouses,
            ActionPlan = new()
            {
                Checklists = [Due(DemoChecklists.WarehouseInduction, 3), Due(DemoChecklists.ManualHandling, 7)],
                Certifications = [Due(DemoCertifications.OrderPicking, 21)],
                Observations = [Due("obs-pick-rate", 30, "Pick rate and accuracy observation")],
            },
        },
        new()
        {
            Id = TeamLeader,
            Name = "Team Leader",
            Description = "Leads a team on shift: coaching, 1-to-1s and the rota.",
            LocationIds = [DemoLocations.HarbourPoint, DemoLocations.Riverside, DemoLocations.Oakfield, DemoLocations.Southgate],
            ActionPlan = new()
            {
                Certifications = [Due(DemoCertifications.TeamLeadership, 90), Due(DemoCertifications.FirstAid, 60)],
                Observations = [Due("obs-team-huddle", 30, "Team huddle observation")],
            },
        },
    ];

    /// <summary>The user groups someone holding the job function belongs to.</summary>
    public static IReadOnlyList<string> GroupsOf(string jobFunctionId) => jobFunctionId switch
    {
        ForkliftOperator or OrderPicker => [UserGroups.Warehouse],
        PharmacyTechnician => [UserGroups.Frontline, UserGroups.Pharmacy],
        TeamLeader => [UserGroups.Leadership],
        _ => [UserGroups.Frontline],
    };
}
