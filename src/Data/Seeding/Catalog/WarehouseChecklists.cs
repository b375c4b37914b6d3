using GraphTraining.Data.Documents;
using static GraphTraining.Data.Seeding.Catalog.CatalogBuilders;
using static GraphTraining.Data.Seeding.Catalog.DemoChecklists;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>Distribution centre checklists.</summary>
internal static class WarehouseChecklists
{
    private static readonly AssignmentEligibility Warehouses = new()
    {
        UserGroups = [UserGroups.Warehouse],
        LocationIds = [DemoLocations.HarbourPoint, DemoLocations.Southgate],
    };

    public static IReadOnlyList<ChecklistDefinitionDocument> All { get; } =
    [
        new()
        {
            Id = WarehouseInduction,
            Name = "Warehouse Safety Induction",
            Description = "Site safety for everyone who works on a distribution centre floor.",
            Items = Items(
                "Site rules, pedestrian walkways and crossing points",
                "PPE issue: hi-vis, safety footwear and gloves",
                "Evacuation route walk-through and muster point",
                "Racking safety, load notices and damage reporting",
                "Vehicle movement zones and banksman signals",
                "Hazard and near-miss reporting",
                "Meet the shift manager and safety representative"),
            Milestones = Milestones(("Floor access granted", 4), ("Induction signed off", 7)),
            Eligibility = Warehouses,
        },
        new()
        {
            Id = ForkliftPreUse,
            Name = "Forklift Pre-use Inspection",
            Description = "The daily check before a truck leaves the charging bay.",
            Items = Items(
                "Tyres and wheels",
                "Forks, carriage and chains",
                "Mast and hydraulics for leaks",
                "Brakes and parking brake",
                "Steering and horn",
                "Lights, beacon and reversing alarm",
                "Seat belt and operator restraint",
                "Battery or fuel level and connections",
                "Completing and filing the pre-use check sheet"),
            Milestones = Milestones(("Inspection signed off", 9)),
            PrerequisiteChecklistIds = [WarehouseInduction],
            Eligibility = new() { UserGroups = [UserGroups.Warehouse] },
        },
        new()
        {
            Id = ForkliftPractical,
            Name = "Forklift Practical Operation",
            Description = "Supervised driving, from empty pallets to loaded trailers.",
            Items = Items(
                "Mounting, dismounting and start-up",
                "Travelling forwards and in reverse",
                "Cornering and manoeuvring in aisles",
                "Picking up an empty pallet",
                "Placing an empty pallet at height",
                "Lifting a loaded pallet",
                "Stacking and de-stacking at height",
                "Loading and unloading a trailer",
                "Working on ramps and gradients",
                "Pedestrian awareness at crossings",
                "Parking and shutting down safely",
                "Practical assessment with the assessor"),
            Milestones = Milestones(("Empty pallet handling", 4), ("Loaded handling", 8), ("Practical complete", 12)),
            PrerequisiteChecklistIds = [ForkliftPreUse],
            ForbidSingleDayCompletion = true,
            Eligibility = Warehouses,
        },
        new()
        {
            Id = OrderPicking,
            Name = "Order Picking & Scanning",
            Description = "Picking customer and store orders accurately and on time.",
            Items = Items(
                "Logging on to the handheld scanner",
                "Reading pick labels and locations",
                "Picking to the correct tote or cage",
                "Short picks and substitutions",
                "Heavy and awkward items",
                "Labelling and staging completed orders",
                "Pick rate and accuracy targets"),
            Milestones = Milestones(("First solo pick", 3), ("Picking signed off", 7)),
            PrerequisiteChecklistIds = [WarehouseInduction],
            Eligibility = new() { UserGroups = [UserGroups.Warehouse] },
        },
    ];
}
