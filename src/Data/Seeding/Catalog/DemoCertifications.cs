using GraphTraining.Data.Documents;
using static GraphTraining.Data.Seeding.Catalog.CatalogBuilders;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>
/// The certifications. Each checklist sits beneath at most one certification, and prerequisites are always
/// inductions that action plans assign first, so a started certification can always show its prerequisites done.
/// </summary>
internal static class DemoCertifications
{
    public const string CashHandling = "cert-cash-handling";
    public const string CustomerExcellence = "cert-customer-excellence";
    public const string FoodHygiene = "cert-food-hygiene";
    public const string Forklift = "cert-forklift";
    public const string OrderPicking = "cert-order-picking";
    public const string PharmacyDispensing = "cert-pharmacy-dispensing";
    public const string TeamLeadership = "cert-team-leadership";
    public const string FirstAid = "cert-first-aid";
    public const string FireWarden = "cert-fire-warden";

    public static IReadOnlyList<CertificationDefinitionDocument> All { get; } =
    [
        new()
        {
            Id = CashHandling,
            Name = "Cash Handling",
            Description = "Trusted to run a till alone and to work in the cash office.",
            Tiers = Tiers("Till operator", "Cash office"),
            ChecklistIds = [DemoChecklists.TillOperation, DemoChecklists.CashOffice],
            PrerequisiteChecklistIds = [DemoChecklists.StoreInduction],
            ValidForDays = 365,
            Eligibility = new()
            {
                UserGroups = [UserGroups.Frontline],
                LocationIds = [DemoLocations.Riverside, DemoLocations.Oakfield],
            },
        },
        new()
        {
            Id = CustomerExcellence,
            Name = "Customer Excellence",
            Description = "Handles complaints and refunds without escalation.",
            Tiers = Tiers("Customer champion"),
            ChecklistIds = [DemoChecklists.ComplaintsHandling],
            PrerequisiteChecklistIds = [DemoChecklists.CustomerService],
            Eligibility = new() { UserGroups = [UserGroups.Frontline] },
        },
        new()
        {
            Id = FoodHygiene,
            Name = "Food Hygiene Level 2",
            Description = "Required to handle open and chilled food.",
            Tiers = Tiers("Level 2"),
            ChecklistIds = [DemoChecklists.FoodSafety, DemoChecklists.AllergenAwareness],
            ValidForDays = 730,
            Eligibility = new() { JobFunctionIds = [DemoJobFunctions.FreshFood] },
        },
        new()
        {
            Id = Forklift,
            Name = "Forklift Licence",
            Description = "Licensed to operate counterbalance, reach and narrow-aisle trucks.",
            Tiers = Tiers("Counterbalance", "Reach truck", "Very narrow aisle"),
            ChecklistIds = [DemoChecklists.ForkliftPreUse, DemoChecklists.ForkliftPractical],
            PrerequisiteChecklistIds = [DemoChecklists.WarehouseInduction],
            ForbidSingleDayCompletion = true,
            ValidForDays = 1095,
            Eligibility = new()
            {
                UserGroups = [UserGroups.Warehouse],
                LocationIds = [DemoLocations.HarbourPoint, DemoLocations.Southgate],
            },
        },
        new()
        {
            Id = OrderPicking,
            Name = "Order Picking Accreditation",
            Description = "Picks at rate and accuracy without a buddy.",
            Tiers = Tiers("Accredited picker"),
            ChecklistIds = [DemoChecklists.OrderPicking],
            PrerequisiteChecklistIds = [DemoChecklists.WarehouseInduction],
            Eligibility = new() { UserGroups = [UserGroups.Warehouse] },
        },
        new()
        {
            Id = PharmacyDispensing,
            Name = "Pharmacy Dispensing Accreditation",
            Description = "Dispenses and, at the top tier, accuracy-checks prescriptions.",
            Tiers = Tiers("Foundation", "Accredited dispenser", "Accuracy checker"),
            ChecklistIds = [DemoChecklists.Dispensing, DemoChecklists.ControlledDrugs],
            PrerequisiteChecklistIds = [DemoChecklists.StoreInduction],
            ForbidSingleDayCompletion = true,
            Eligibility = new()
            {
                UserGroups = [UserGroups.Pharmacy],
                LocationIds = [DemoLocations.Oakfield],
                JobFunctionIds = [DemoJobFunctions.PharmacyTechnician],
            },
        },
        new()
        {
            Id = TeamLeadership,
            Name = "Team Leadership Foundations",
            Description = "Coaching, 1-to-1s and running a shift.",
            Tiers = Tiers("Shift lead", "Team leader"),
            ChecklistIds = [DemoChecklists.CoachingConversations],
            ForbidSingleDayCompletion = true,
            Eligibility = new() { UserGroups = [UserGroups.Leadership], JobFunctionIds = [DemoJobFunctions.TeamLeader] },
        },
        new()
        {
            Id = FirstAid,
            Name = "First Aid at Work",
            Description = "Qualified first aider for the site.",
            Tiers = Tiers("Emergency first aid", "First aid at work"),
            ChecklistIds = [DemoChecklists.FirstAid],
            ValidForDays = 1095,
        },
        new()
        {
            Id = FireWarden,
            Name = "Fire Warden",
            Description = "Sweeps a zone and takes the roll call in an evacuation.",
            Tiers = Tiers("Fire warden"),
            ChecklistIds = [DemoChecklists.FireWarden],
            ValidForDays = 365,
        },
    ];
}
