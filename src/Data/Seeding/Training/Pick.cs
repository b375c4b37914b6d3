namespace GraphTraining.Data.Seeding.Training;

/// <summary>Seeded choices. A weight of zero marks an option that is impossible in the current situation.</summary>
internal static class Pick
{
    public static bool Chance(Random random, int percent) => random.Next(100) < percent;

    public static T One<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static T Weighted<T>(Random random, ReadOnlySpan<(T Value, int Weight)> options)
    {
        var total = 0;
        foreach (var option in options)
        {
            total += option.Weight;
        }

        var roll = random.Next(total);
        foreach (var option in options)
        {
            if (roll < option.Weight)
            {
                return option.Value;
            }

            roll -= option.Weight;
        }

        throw new InvalidOperationException("Every option had weight zero.");
    }

    /// <summary>The first possible state nobody has shown yet, else a weighted draw; the random stream advances either way.</summary>
    public static T State<T>(Random random, Coverage coverage, string area, ReadOnlySpan<(T Value, int Weight)> options)
        where T : struct, Enum
    {
        var drawn = Weighted(random, options);
        if (!coverage.IsComplete)
        {
            foreach (var option in options)
            {
                if (option.Weight > 0 && coverage.Wants(area, option.Value))
                {
                    return option.Value;
                }
            }
        }

        return drawn;
    }
}
