namespace GraphTraining.Data.Seeding.Training;

/// <summary>
/// Time arithmetic in whole seconds, so every generated timestamp survives BSON's millisecond precision unchanged.
/// </summary>
internal static class SeedTime
{
    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static readonly TimeSpan Day = TimeSpan.FromDays(1);

    /// <summary>A moment in [from, to]; <paramref name="from"/> when the range is empty.</summary>
    public static DateTime Between(Random random, DateTime from, DateTime to)
    {
        if (to <= from)
        {
            return from;
        }

        var seconds = (long)(to - from).TotalSeconds;
        return from.AddSeconds(random.NextInt64(seconds + 1));
    }

    /// <summary>The point <paramref name="part"/>/<paramref name="parts"/> of the way from one moment to another.</summary>
    public static DateTime Fraction(DateTime from, DateTime to, int part, int parts)
    {
        var seconds = (long)(to - from).TotalSeconds;
        return from.AddSeconds(seconds * part / parts);
    }

    public static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    public static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>Whole seconds and UTC: a local time is converted, an unspecified one taken as UTC.</summary>
    public static DateTime Normalize(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
