using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Assignments;

public sealed class AlreadyAssignedErrorType : UserErrorType<AlreadyAssignedError>
{
    public AlreadyAssignedErrorType()
        : base("The associate already has the item assigned and not finished.")
    {
        Field(e => e.Name).Description("The item's name.");
    }
}
