using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Rules;

/// <summary>
/// Roles and who holds them. Default roles may be edited but never deleted; a role still held by someone
/// cannot be deleted (reassign them first, so nobody silently loses access); and no change may leave nobody
/// able to manage roles, since then nobody could undo it.
/// </summary>
public static class RoleRules
{
    public static RuleResult<RoleDocument, RoleOutcome> Create(string id, string name, string? description, IEnumerable<Permission> permissions, IEnumerable<string> namesInUse)
    {
        ArgumentNullException.ThrowIfNull(permissions);
        var trimmed = name?.Trim() ?? "";
        var problem = CheckName(trimmed, namesInUse);
        if (problem != RoleOutcome.Done)
        {
            return new(null, problem);
        }

        var created = new RoleDocument { Id = id, Name = trimmed, Description = Clean(description), Permissions = Normalize(permissions) };
        return new(created, RoleOutcome.Done);
    }

    /// <summary>Edits a role; <paramref name="roleManagers"/> (everyone who can manage roles now) and <paramref name="roles"/> (all, as stored) guard the last administrator.</summary>
    public static RuleResult<RoleDocument, RoleOutcome> Update(
        RoleDocument current, string? name, string? description, IEnumerable<Permission>? permissions,
        IEnumerable<string> namesInUse, IReadOnlyList<AssociateDocument> roleManagers, IReadOnlyList<RoleDocument> roles)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(roles);
        var newName = name?.Trim() ?? current.Name;
        if (name is not null && CheckName(newName, namesInUse) is var problem and not RoleOutcome.Done)
        {
            return new(null, problem);
        }

        var updated = current with
        {
            Name = newName,
            Description = description is null ? current.Description : Clean(description),
            Permissions = permissions is null ? current.Permissions : Normalize(permissions),
        };
        var rolesAfter = roles.Select(r => r.Id == current.Id ? updated : r).ToList();
        return AnyRoleManager(roleManagers, rolesAfter)
            ? new(updated, RoleOutcome.Done)
            : new(null, RoleOutcome.LastRoleManager);
    }

    public static RoleOutcome CanDelete(RoleDocument current, long holders)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.IsDefault)
        {
            return RoleOutcome.RoleIsDefault;
        }

        return holders > 0 ? RoleOutcome.RoleInUse : RoleOutcome.Done;
    }

    /// <summary>Gives an associate exactly these roles (which must exist), unless that leaves nobody able to manage roles.</summary>
    public static RuleResult<AssociateDocument, RoleOutcome> Assign(
        AssociateDocument current, IEnumerable<string> roleIds, IReadOnlyList<AssociateDocument> roleManagers, IReadOnlyList<RoleDocument> roles)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(roleManagers);
        var updated = current with { RoleIds = roleIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() };
        var managersAfter = roleManagers.Where(a => a.Id != current.Id).Append(updated).ToList();
        return AnyRoleManager(managersAfter, roles)
            ? new(updated, RoleOutcome.Done)
            : new(null, RoleOutcome.LastRoleManager);
    }

    /// <summary>The roles whose holders can manage roles.</summary>
    public static IReadOnlyList<string> RoleManagerRoleIds(IEnumerable<RoleDocument> roles) =>
        roles.Where(r => r.Permissions.Contains(Permission.ManageRoles)).Select(r => r.Id).ToList();

    private static bool AnyRoleManager(IEnumerable<AssociateDocument> associates, IEnumerable<RoleDocument> roles)
    {
        var managing = RoleManagerRoleIds(roles).ToHashSet(StringComparer.Ordinal);
        return associates.Any(a => a.RoleIds.Any(managing.Contains));
    }

    private static RoleOutcome CheckName(string trimmedName, IEnumerable<string> namesInUse)
    {
        if (trimmedName.Length is 0 or > 100)
        {
            return RoleOutcome.NameRequired;
        }

        return namesInUse.Any(n => string.Equals(n.Trim(), trimmedName, StringComparison.OrdinalIgnoreCase))
            ? RoleOutcome.NameTaken
            : RoleOutcome.Done;
    }

    private static List<Permission> Normalize(IEnumerable<Permission> permissions) => permissions.Distinct().Order().ToList();

    private static string? Clean(string? description) => string.IsNullOrWhiteSpace(description) ? null : description.Trim();
}
