using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Plans;

public sealed class InvalidColourErrorType : UserErrorType<InvalidColourError>
{
    public InvalidColourErrorType()
        : base("A colour that is not #RRGGBB.")
    {
        Field(e => e.Colour).Description("The colour asked for.");
    }
}
