namespace GraphTraining.Data.Seeding.Training;

/// <summary>
/// The states the demo data must show at least once. Choices prefer a state nobody has shown yet while any is
/// missing, so even a small organisation shows every rule; after that, choices are plain weighted draws.
/// </summary>
internal sealed class Coverage
{
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);

    public bool IsComplete => _missing.Count == 0;

    public void Require<T>(string area) where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            _missing.Add(Key(area, value.ToString()));
        }
    }

    public void Require(string area, string value) => _missing.Add(Key(area, value));

    public bool Wants(string area, string value) => !IsComplete && _missing.Contains(Key(area, value));

    public bool Wants<T>(string area, T value) where T : struct, Enum => !IsComplete && Wants(area, value.ToString());

    public void Saw(string area, string value)
    {
        if (!IsComplete)
        {
            _missing.Remove(Key(area, value));
        }
    }

    public void Saw<T>(string area, T value) where T : struct, Enum
    {
        if (!IsComplete)
        {
            Saw(area, value.ToString());
        }
    }

    private static string Key(string area, string value) => area + ":" + value;
}
