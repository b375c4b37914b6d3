namespace GraphTraining.Schema.Conventions.Errors;

public sealed class NameRequiredErrorType : UserErrorType<NameRequiredError>
{
    public NameRequiredErrorType()
        : base("The name is missing, blank or too long.")
    {
    }
}
