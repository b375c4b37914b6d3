namespace GraphTraining.Schema.Conventions.Errors;

public sealed class NameTakenErrorType : UserErrorType<NameTakenError>
{
    public NameTakenErrorType()
        : base("Another item already has this name (ignoring case).")
    {
        Field(e => e.Name).Description("The name asked for.");
    }
}
