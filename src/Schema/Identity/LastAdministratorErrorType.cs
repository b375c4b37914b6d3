using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Identity;

public sealed class LastAdministratorErrorType : UserErrorType<LastAdministratorError>
{
    public LastAdministratorErrorType()
        : base("The change would leave nobody holding a role with MANAGE_ROLES.")
    {
    }
}
