using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Errors;

/// <summary>The graph type of one user error record, named after it (<c>NameTakenError</c>).</summary>
public abstract class UserErrorType<TError> : ObjectGraphType<TError> where TError : IUserError
{
    protected UserErrorType(string description)
    {
        Name = typeof(TError).Name;
        Description = description;
        Interface<UserErrorInterface>();
        IsTypeOf = source => source is TError;
        Field(e => e.Message).Description("What went wrong, for people.");
        Field(e => e.Code).Description("What went wrong, for programs.");
    }
}
