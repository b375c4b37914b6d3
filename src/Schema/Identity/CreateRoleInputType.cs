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
