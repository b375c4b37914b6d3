using GraphTraining.Data.Rules;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Identity;

public sealed record RoleIsDefaultError(string Name) : IUserError
{
    public string Code => ErrorCodes.RoleIsDefault;

    public string Message => $"'{Name}' is a default role: it can be edited but never deleted.";
}

public sealed record RoleInUseError(string Name, long Holders) : IUserError
{
    public string Code => ErrorCodes.RoleInUse;

    public string Message => $"'{Name}' is held by {Holders} people: give them other roles before deleting it.";
}

public sealed record LastAdministratorError : IUserError
{
    public string Code => ErrorCodes.LastAdministrator;

    public string Message => "This would leave nobody able to manage roles; give someone else that permission first.";
}

public static class RoleErrors
{
    public static IUserError From(RoleOutcome outcome, string? name, long holders = 0) => outcome switch
    {
        RoleOutcome.NameRequired => new NameRequiredError(),
        RoleOutcome.NameTaken => new NameTakenError(name?.Trim() ?? ""),
        RoleOutcome.RoleIsDefault => new RoleIsDefaultError(name ?? ""),
        RoleOutcome.RoleInUse => new RoleInUseError(name ?? "", holders),
        RoleOutcome.LastRoleManager => new LastAdministratorError(),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an error."),
    };
}
