using GraphQL.Types;

namespace GraphTraining.Schema.Identity;

public sealed class DeleteRoleInputType : InputObjectGraphType<DeleteRoleInput>
{
    public DeleteRoleInputType()
    {
        Name = "DeleteRoleInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The role's global id.");
    }
}
