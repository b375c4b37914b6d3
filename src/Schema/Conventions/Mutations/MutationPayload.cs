using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Conventions.Mutations;

/// <summary>A mutation's result: the changed object, or the user errors that stopped it (null on success, as HotChocolate does).</summary>
public sealed record MutationPayload(object? Value, IReadOnlyList<IUserError>? Errors)
{
    public static MutationPayload Success(object? value) => new(value, null);

    public static MutationPayload Failure(IUserError error) => new(null, [error]);
}
