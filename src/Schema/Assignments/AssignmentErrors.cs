using GraphTraining.Data.Rules;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Assignments;

public sealed record NotEligibleError(IReadOnlyList<AssignmentMismatch> Mismatches, string Message) : IUserError
{
    public string Code => ErrorCodes.NotEligible;
}

public sealed record AlreadyAssignedError(string Name) : IUserError
{
    public string Code => ErrorCodes.AlreadyAssigned;

    public string Message => $"'{Name}' is already assigned and not finished.";
}

public sealed record PermanentlyRevokedError(string Name) : IUserError
{
    public string Code => ErrorCodes.PermanentlyRevoked;

    public string Message => $"'{Name}' was permanently revoked from this associate and cannot be assigned again.";
}

public sealed record JobFunctionNotRequiredError(string JobFunctionId) : IUserError
{
    public string Code => ErrorCodes.JobFunctionNotRequired;

    public string Message => "That job function is not one this item is a requirement on, so adding it would not make the associate eligible.";
}
