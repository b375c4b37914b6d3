using GraphTraining.Data.Documents;
using static GraphTraining.Data.Seeding.Catalog.CatalogBuilders;
using static GraphTraining.Data.Seeding.Catalog.DemoChecklists;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>Checklists for every site and for leaders.</summary>
internal static class SharedChecklists
{
    public static IReadOnlyList<ChecklistDefinitionDocument> All { get; } =
    [
        new()
        {
            Id = ManualHandling,
            Name = "Manual Handling",
            Description = "Lifting and moving loads without injury.",
            Items = Items(
                "Assess the load, the task and the environment",
                "Safe lifting posture demonstrated",
                "Team lifts and when to ask for help",
                "Using trolleys, cages and pallet trucks safely"),
            Milestones = Milestones(("Signed off", 4)),
        },
        new()
        {
            Id = CoachingConversations,
            Name = "Coaching Conversations",
            Description = "Running 1-to-1s that lead somewhere.",
            Items = Items(
                "Preparing for a 1-to-1",
                "Setting a clear objective",
                "Giving balanced feedback",
                "Agreeing actions and follow-up dates",
                "Recording the conversation",
                "Observed coaching session"),
            Milestones = Milestones(("Foundations", 3), ("Observed coach", 6)),
            Eligibility = new() { UserGroups = [UserGroups.Leadership], JobFunctionIds = [DemoJobFunctions.TeamLeader] },
        },
        new()
        {
            Id = FirstAid,
            Name = "First Aid Practical Scenarios",
            Description = "Hands-on scenarios assessed by a qualified trainer.",
            Items = Items(
                "Scene safety and primary survey",
                "CPR and defibrillator use",
                "Recovery position",
                "Choking adult and child",
                "Bleeding and shock",
                "Burns and scalds"),
            Milestones = Milestones(("Life support", 3), ("Scenarios complete", 6)),
        },
        new()
        {
            Id = FireWarden,
            Name = "Fire Warden Duties",
            Description = "Looking after a zone when the alarm sounds.",
            Items = Items(
                "Fire warden zone and responsibilities",
                "Weekly alarm test",
                "Extinguisher types and checks",
                "Sweeping the zone during an evacuation",
                "Roll call at the assembly point"),
            Milestones = Milestones(("Signed off", 5)),
        },
    ];
}
