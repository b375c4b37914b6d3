using GraphQL.Types;
using GraphTraining.Schema.Associates;

namespace GraphTraining.Schema.Identity;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "The signed-in person: their profile, roles and what those roles allow, as stored right now.";
        Field<NonNullGraphType<AssociateType>>("associate").Description("Their own profile.").Resolve(context => context.Source.Associate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleType>>>>("roles")
            .Description("The roles they hold.")
            .Resolve(context => context.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionType>>>>("permissions")
            .Description("Everything their roles allow, together.")
            .Resolve(context => context.Source.Permissions.Order());
    }
}
