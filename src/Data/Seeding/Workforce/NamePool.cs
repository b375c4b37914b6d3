using Bogus;

namespace GraphTraining.Data.Seeding.Workforce;

/// <summary>
/// Realistic names drawn once from Bogus with a local seeded randomizer (never Bogus's global seed, which parallel
/// tests would share); associates then pick from these lists, which is far cheaper than a Bogus call each.
/// </summary>
internal sealed class NamePool
{
    private const int Draws = 400;

    private NamePool(IReadOnlyList<string> firstNames, IReadOnlyList<string> lastNames)
    {
        FirstNames = firstNames;
        LastNames = lastNames;
    }

    public IReadOnlyList<string> FirstNames { get; }

    public IReadOnlyList<string> LastNames { get; }

    public static NamePool Create(int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        var first = Enumerable.Range(0, Draws).Select(_ => faker.Name.FirstName()).Distinct(StringComparer.Ordinal).ToList();
        var last = Enumerable.Range(0, Draws).Select(_ => faker.Name.LastName()).Distinct(StringComparer.Ordinal).ToList();
        return new NamePool(first, last);
    }
}
