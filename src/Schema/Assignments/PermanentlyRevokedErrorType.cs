using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Assignments;

public sealed class PermanentlyRevokedErrorType : UserErrorType<PermanentlyRevokedError>
{
    public PermanentlyRevokedErrorType()
        : base("The certification was permanently revoked from the associate.")
    {
        Field(e => e.Name).Description("The certification's name.");
    }
}
