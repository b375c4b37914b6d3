using GraphTraining.Data.Rules;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Plans;

public sealed record InvalidColourError(string Colour) : IUserError
{
    public string Code => ErrorCodes.InvalidColour;

    public string Message => $"'{Colour}' is not a colour; use #RRGGBB.";
}

public sealed record PlanTypeIsDefaultError(string Name) : IUserError
{
    public string Code => ErrorCodes.PlanTypeIsDefault;

    public string Message => $"'{Name}' is a default plan type: it can be deactivated but never deleted.";
}

public sealed record PlanTypeIsActiveError(string Name) : IUserError
{
    public string Code => ErrorCodes.PlanTypeIsActive;

    public string Message => $"'{Name}' is active: set it inactive before deleting it.";
}

public static class PlanSettingsErrors
{
    public static IUserError From(PlanSettingsOutcome outcome, string? name, string? colour) => outcome switch
    {
        PlanSettingsOutcome.NameRequired => new NameRequiredError(),
        PlanSettingsOutcome.NameTaken => new NameTakenError(name?.Trim() ?? ""),
        PlanSettingsOutcome.InvalidColour => new InvalidColourError(colour ?? ""),
        PlanSettingsOutcome.TypeIsDefault => new PlanTypeIsDefaultError(name ?? ""),
        PlanSettingsOutcome.TypeIsActive => new PlanTypeIsActiveError(name ?? ""),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an error."),
    };
}
