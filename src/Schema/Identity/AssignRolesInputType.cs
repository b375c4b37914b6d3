using GraphQL.Types;

namespace GraphTraining.Schema.Identity;

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
