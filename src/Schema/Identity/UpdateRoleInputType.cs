using GraphQL.Types;

namespace GraphTraining.Schema.Identity;

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
