using System.Text.RegularExpressions;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Rules;

/// <summary>Plan outcomes: a name, description, colour and active flag; new ones start inactive; editable and deletable.</summary>
public static partial class PlanOutcomeRules
{
    public static RuleResult<PlanOutcomeDocument, PlanSettingsOutcome> Create(string id, string name, string? description, string colour, bool isActive, IEnumerable<string> namesInUse)
    {
        var trimmed = name?.Trim() ?? "";
        var problem = SettingsNames.Check(trimmed, namesInUse);
        if (problem == PlanSettingsOutcome.Done && !IsColour(colour))
        {
            problem = PlanSettingsOutcome.InvalidColour;
        }

        if (problem != PlanSettingsOutcome.Done)
        {
            return new(null, problem);
        }

        var created = new PlanOutcomeDocument
        {
            Id = id,
            Name = trimmed,
            Description = SettingsNames.Clean(description),
            Colour = colour.ToUpperInvariant(),
            IsActive = isActive,
        };
        return new(created, PlanSettingsOutcome.Done);
    }

    public static RuleResult<PlanOutcomeDocument, PlanSettingsOutcome> Update(PlanOutcomeDocument current, string? name, string? description, string? colour, bool? isActive, IEnumerable<string> namesInUse)
    {
        ArgumentNullException.ThrowIfNull(current);
        var newName = name?.Trim() ?? current.Name;
        var problem = name is null ? PlanSettingsOutcome.Done : SettingsNames.Check(newName, namesInUse);
        if (problem == PlanSettingsOutcome.Done && colour is not null && !IsColour(colour))
        {
            problem = PlanSettingsOutcome.InvalidColour;
        }

        if (problem != PlanSettingsOutcome.Done)
        {
            return new(null, problem);
        }

        var updated = current with
        {
            Name = newName,
            Description = description is null ? current.Description : SettingsNames.Clean(description),
            Colour = colour?.ToUpperInvariant() ?? current.Colour,
            IsActive = isActive ?? current.IsActive,
        };
        return new(updated, PlanSettingsOutcome.Done);
    }

    private static bool IsColour(string? colour) => colour is not null && HexColour().IsMatch(colour);

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex HexColour();
}
