using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Rules;

/// <summary>
/// Plan types from the 1-to-1 plans article: new types start inactive unless asked otherwise, the two defaults
/// can be deactivated but never deleted, and a type must be inactive before it can be deleted.
/// </summary>
public static class PlanTypeRules
{
    public static RuleResult<PlanTypeDocument, PlanSettingsOutcome> Create(string id, string name, string? description, bool isActive, IEnumerable<string> namesInUse)
    {
        var trimmed = name?.Trim() ?? "";
        var problem = SettingsNames.Check(trimmed, namesInUse);
        if (problem != PlanSettingsOutcome.Done)
        {
            return new(null, problem);
        }

        var created = new PlanTypeDocument { Id = id, Name = trimmed, Description = SettingsNames.Clean(description), IsActive = isActive };
        return new(created, PlanSettingsOutcome.Done);
    }

    public static RuleResult<PlanTypeDocument, PlanSettingsOutcome> Update(PlanTypeDocument current, string? name, string? description, bool? isActive, IEnumerable<string> namesInUse)
    {
        ArgumentNullException.ThrowIfNull(current);
        var newName = name?.Trim() ?? current.Name;
        if (name is not null)
        {
            var problem = SettingsNames.Check(newName, namesInUse);
            if (problem != PlanSettingsOutcome.Done)
            {
                return new(null, problem);
            }
        }

        var updated = current with
        {
            Name = newName,
            Description = description is null ? current.Description : SettingsNames.Clean(description),
            IsActive = isActive ?? current.IsActive,
        };
        return new(updated, PlanSettingsOutcome.Done);
    }

    public static PlanSettingsOutcome CanDelete(PlanTypeDocument current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.IsDefault)
        {
            return PlanSettingsOutcome.TypeIsDefault;
        }

        return current.IsActive ? PlanSettingsOutcome.TypeIsActive : PlanSettingsOutcome.Done;
    }
}
