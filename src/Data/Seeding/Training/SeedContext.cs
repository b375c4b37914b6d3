using GraphTraining.Data.Seeding.Catalog;
using GraphTraining.Data.Seeding.Workforce;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>What every generation step shares: the clock, the one seeded random stream, the catalog and the people.</summary>
internal sealed class SeedContext
{
    public required DateTime Now { get; init; }

    public required Random Random { get; init; }

    public required Coverage Coverage { get; init; }

    public required DemoCatalog Catalog { get; init; }

    public required WorkforcePlan Workforce { get; init; }

    public required EventLog Events { get; init; }
}
