namespace GraphTraining.Schema.Conventions.Errors;

/// <summary>An expected outcome a mutation reports as data in its payload's <c>errors</c>.</summary>
public interface IUserError
{
    string Code { get; }

    string Message { get; }
}
