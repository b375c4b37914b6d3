using GraphTraining.Data.Documents;
using static GraphTraining.Data.Seeding.Catalog.CatalogBuilders;
using static GraphTraining.Data.Seeding.Catalog.DemoChecklists;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>Shop floor and pharmacy checklists.</summary>
internal static class StoreChecklists
{
    private static readonly AssignmentEligibility Stores = new()
    {
        UserGroups = [UserGroups.Frontline],
        LocationIds = [DemoLocations.Riverside, DemoLocations.Oakfield],
    };

    public static IReadOnlyList<ChecklistDefinitionDocument> All { get; } =
    [
        new()
        {
            Id = StoreInduction,
            Name = "Store Induction",
            Description = "First-week essentials for everyone working on a shop floor.",
            Items = Items(
                "Tour of the store, stockroom and emergency exits",
                "Fire alarm, assembly point and evacuation roles",
                "Uniform, name badge and personal presentation",
                "Clocking in, breaks and the rota app",
                "Reporting accidents, near misses and hazards",
                "Meet your team buddy and duty manager"),
            Milestones = Milestones(("First shift ready", 3), ("Induction signed off", 6)),
            Eligibility = Stores,
        },
        new()
        {
            Id = CustomerService,
            Name = "Customer Service Essentials",
            Description = "Helping customers on the shop floor.",
            Items = Items(
                "Greeting and acknowledging customers",
                "Finding products with the stock lookup",
                "Click and collect hand-over",
                "Loyalty card sign-up and queries",
                "Escalating to a supervisor"),
            Milestones = Milestones(("Ready for the floor", 5)),
            PrerequisiteChecklistIds = [StoreInduction],
            Eligibility = new() { UserGroups = [UserGroups.Frontline] },
        },
        new()
        {
            Id = TillOperation,
            Name = "Till Operation",
            Description = "Serving customers on a staffed till.",
            Items = Items(
                "Signing on and off the till",
                "Scanning, weighed items and multi-buys",
                "Age-restricted sales and Challenge 25",
                "Card, contactless and voucher payments",
                "Cash payments and giving change",
                "Voids, refunds and price overrides",
                "Till lifts and float checks",
                "End-of-shift till balance"),
            Milestones = Milestones(("Supervised on till", 4), ("Solo on till", 8)),
            PrerequisiteChecklistIds = [StoreInduction],
            Eligibility = new() { UserGroups = [UserGroups.Frontline] },
        },
        new()
        {
            Id = CashOffice,
            Name = "Cash Office Procedures",
            Description = "Counting, banking and reconciling the store's cash.",
            Items = Items(
                "Cash office access and key control",
                "Counting and bagging till lifts",
                "Change ordering and float preparation",
                "Safe limits and time-lock procedures",
                "Banking collection hand-over",
                "Daily reconciliation and discrepancy reporting"),
            Milestones = Milestones(("Cash office signed off", 6)),
            PrerequisiteChecklistIds = [TillOperation],
            Eligibility = new() { UserGroups = [UserGroups.Frontline] },
        },
        new()
        {
            Id = ComplaintsHandling,
            Name = "Handling Complaints & Refunds",
            Description = "Turning an unhappy customer around.",
            Items = Items(
                "Listening and acknowledging the complaint",
                "Refund and exchange policy",
                "Refunds without a receipt",
                "Damaged and faulty goods",
                "Recording the complaint",
                "Calming a difficult conversation"),
            Milestones = Milestones(("Refunds", 3), ("Complaints signed off", 6)),
        },
        new()
        {
            Id = FoodSafety,
            Name = "Food Safety & Temperature Control",
            Description = "Keeping chilled and fresh food safe to eat.",
            Items = Items(
                "Personal hygiene and handwashing",
                "Chiller and freezer temperature checks",
                "Recording temperatures in the log",
                "Date codes, rotation and markdowns",
                "Raw and ready-to-eat separation",
                "Cleaning schedules and chemicals",
                "Pest control signs and reporting",
                "Handling a temperature breach"),
            Milestones = Milestones(("Daily checks", 4), ("Food safety signed off", 8)),
            Eligibility = new() { JobFunctionIds = [DemoJobFunctions.FreshFood] },
        },
        new()
        {
            Id = AllergenAwareness,
            Name = "Allergen Awareness",
            Description = "The 14 major allergens and how to keep customers safe.",
            Items = Items(
                "The 14 major allergens",
                "Reading allergen labels",
                "Preventing cross-contact at the counter",
                "Answering customer allergen questions",
                "Recording and escalating an allergen incident"),
            Milestones = Milestones(("Signed off", 5)),
            Eligibility = new() { JobFunctionIds = [DemoJobFunctions.FreshFood] },
        },
        new()
        {
            Id = Dispensing,
            Name = "Dispensing Procedures",
            Description = "Dispensing a prescription safely, under the pharmacist's supervision.",
            Items = Items(
                "Pharmacy standard operating procedures",
                "Receiving and checking a prescription",
                "Patient identity and medication history",
                "Selecting the right medicine, strength and form",
                "Labelling dispensed medicines",
                "Checking interactions and flagging to the pharmacist",
                "Bagging and hand-out checks",
                "Owings and part supplies",
                "Dispensing error reporting",
                "Accuracy check observed by the pharmacist"),
            Milestones = Milestones(("Supervised dispensing", 5), ("Dispensing signed off", 10)),
            PrerequisiteChecklistIds = [StoreInduction],
            ForbidSingleDayCompletion = true,
            Eligibility = new() { UserGroups = [UserGroups.Pharmacy], LocationIds = [DemoLocations.Oakfield] },
        },
        new()
        {
            Id = ControlledDrugs,
            Name = "Controlled Drugs Handling",
            Description = "Receiving, storing and recording controlled drugs.",
            Items = Items(
                "Controlled drug schedules and legal requirements",
                "Receiving controlled drug deliveries",
                "Controlled drug register entries",
                "Cabinet storage and key holding",
                "Patient returns and destruction",
                "Running balance checks",
                "Reporting discrepancies"),
            Milestones = Milestones(("Register competent", 3), ("Signed off", 7)),
            PrerequisiteChecklistIds = [Dispensing],
            Eligibility = new() { UserGroups = [UserGroups.Pharmacy] },
        },
    ];
}
