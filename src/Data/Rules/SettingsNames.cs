namespace GraphTraining.Data.Rules;

/// <summary>Names of settings items (plan types, outcomes): required, at most 100 characters, unique ignoring case.</summary>
internal static class SettingsNames
{
    private const int MaxLength = 100;

    public static PlanSettingsOutcome Check(string trimmedName, IEnumerable<string> namesInUse)
    {
        if (trimmedName.Length == 0 || trimmedName.Length > MaxLength)
        {
            return PlanSettingsOutcome.NameRequired;
        }

        return namesInUse.Any(n => string.Equals(n.Trim(), trimmedName, StringComparison.OrdinalIgnoreCase))
            ? PlanSettingsOutcome.NameTaken
            : PlanSettingsOutcome.Done;
    }

    public static string? Clean(string? description) => string.IsNullOrWhiteSpace(description) ? null : description.Trim();
}
