namespace GraphTraining.Schema.Conventions.Errors;

public sealed record NotFoundError(string Id) : IUserError
{
    public string Code => ErrorCodes.NotFound;

    public string Message => $"Nothing with id '{Id}' exists.";
}

public sealed record NameRequiredError : IUserError
{
    public string Code => ErrorCodes.NameRequired;

    public string Message => "A name of 1 to 100 characters is required.";
}

public sealed record NameTakenError(string Name) : IUserError
{
    public string Code => ErrorCodes.NameTaken;

    public string Message => $"The name '{Name}' is already in use.";
}
