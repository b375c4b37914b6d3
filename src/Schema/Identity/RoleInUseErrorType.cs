using GraphQL.Types;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Identity;

public sealed class RoleInUseErrorType : UserErrorType<RoleInUseError>
{
    public RoleInUseErrorType()
        : base("A role people still hold cannot be deleted.")
    {
        Field(e => e.Name).Description("The role's name.");
        Field<NonNullGraphType<IntGraphType>>("holders").Description("How many people hold it.").Resolve(context => (int)context.Source.Holders);
    }
}
