namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>
/// Observations a leader may assign by hand. Observations have no catalog of their own: an action plan names
/// them, and the same ids serve for hand-made ones.
/// </summary>
internal static class DemoObservations
{
    public static IReadOnlyList<(string Id, string Name)> Manual { get; } =
    [
        ("obs-safety-walk", "Safety walk observation"),
        ("obs-fire-drill", "Fire drill observation"),
    ];
}
