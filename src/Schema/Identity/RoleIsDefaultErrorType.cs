using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Identity;

public sealed class RoleIsDefaultErrorType : UserErrorType<RoleIsDefaultError>
{
    public RoleIsDefaultErrorType()
        : base("A default role cannot be deleted; edit it instead.")
    {
        Field(e => e.Name).Description("The role's name.");
    }
}
