using GraphQL.Types;

namespace GraphTraining.Schema.Identity;

public sealed class CreateRoleInputType : InputObjectGraphType<CreateRoleInput>
{
    public CreateRoleInputType()
    {
        Name = "CreateRoleInput";
        Field(i => i.Name).Description("The role's name, unique ignoring case.");
        Field(i => i.Description, nullable: true).Description("What people with this role do.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionType>>>>("permissions").Description("What the role allows.");
    }
}

public sealed class UpdateRoleInputType : InputObjectGraphType<UpdateRoleInput>
{
    public UpdateRoleInputType()
    {
        Name = "UpdateRoleInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The role's global id.");
        Field(i => i.Name, nullable: true).Description("A new name; omit to keep it.");
        Field(i => i.Description, nullable: true).Description("A new description; omit to keep it, empty to clear it.");
        Field<ListGraphType<NonNullGraphType<PermissionType>>>("permissions").Description("The full new set of permissions; omit to keep them.");
    }
}

public sealed class DeleteRoleInputType : InputObjectGraphType<DeleteRoleInput>
{
    public DeleteRoleInputType()
    {
        Name = "DeleteRoleInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The role's global id.");
    }
}

public sealed class AssignRolesInputType : InputObjectGraphType<AssignRolesInput>
{
    public AssignRolesInputType()
    {
        Name = "AssignRolesInput";
        Field(i => i.AssociateId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The associate's global id.");
        Field(i => i.RoleIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description("Every role the associate should hold from now on (global ids); roles not listed are removed.");
    }
}
