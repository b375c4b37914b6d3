using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;

namespace GraphTraining.Schema.Identity;

public sealed class RoleType : ObjectGraphType<RoleDocument>
{
    public RoleType()
    {
        Name = "Role";
        Description = "A named set of permissions given to people. Default roles can be edited but never deleted.";
        this.IsNode();
        Field(r => r.Name).Description("The role's name, unique ignoring case.");
        Field(r => r.Description, nullable: true).Description("What people with this role do.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionType>>>>("permissions")
            .Description("What the role allows.")
            .Resolve(context => context.Source.Permissions);
        Field(r => r.IsDefault).Description("Whether this is one of the default roles, which cannot be deleted.");
    }
}
