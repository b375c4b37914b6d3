namespace GraphTraining.Data.Seeding;

/// <summary>
/// What demo data to generate. The same options always give the same data, whatever the machine, culture or
/// time zone: every random choice comes from <see cref="Seed"/>, every timestamp is measured back from <see cref="Now"/>.
/// </summary>
public sealed record DemoDataOptions
{
    public const int DefaultSeed = 20_260_601;

    public static readonly DateTime DefaultNow = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>How many associates to generate; raised to <see cref="DemoDataGenerator.MinimumAssociates"/> when lower.</summary>
    public int Associates { get; init; } = 240;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>The moment the data describes: nothing happens after it except due and expiry dates.</summary>
    public DateTime Now { get; init; } = DefaultNow;
}
