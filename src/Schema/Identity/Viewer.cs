using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Identity;

/// <summary>
/// Who is asking: the signed-in associate with the roles and permissions their profile holds right now, or
/// nobody. Read from the store once per request, so a role change applies to the very next request.
/// </summary>
public sealed record Viewer(AssociateDocument? Associate, IReadOnlyList<RoleDocument> Roles)
{
    public static Viewer Anonymous { get; } = new(null, []);

    public bool IsAuthenticated => Associate is not null;

    public string? AssociateId => Associate?.Id;

    public IReadOnlySet<Permission> Permissions { get; } = Roles.SelectMany(r => r.Permissions).ToHashSet();

    public bool Has(Permission permission) => Permissions.Contains(permission);
}
