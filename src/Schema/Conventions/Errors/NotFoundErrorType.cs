using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Errors;

public sealed class NotFoundErrorType : UserErrorType<NotFoundError>
{
    public NotFoundErrorType()
        : base("The object the input names does not exist.")
    {
        Field<NonNullGraphType<IdGraphType>>("id").Description("The id that was not found.").Resolve(context => context.Source.Id);
    }
}
