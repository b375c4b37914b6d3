using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Identity;

public sealed record CreateRoleInput(string Name, string? Description, IReadOnlyList<Permission> Permissions);

public sealed record UpdateRoleInput(string Id, string? Name, string? Description, IReadOnlyList<Permission>? Permissions);

public sealed record DeleteRoleInput(string Id);

public sealed record AssignRolesInput(string AssociateId, IReadOnlyList<string> RoleIds);
