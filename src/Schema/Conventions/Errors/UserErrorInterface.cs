using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Errors;

public sealed class UserErrorInterface : InterfaceGraphType<IUserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "An expected reason a mutation did not change anything.";
        Field(e => e.Message).Description("What went wrong, for people.");
        Field(e => e.Code).Description("What went wrong, for programs (SCREAMING_SNAKE_CASE).");
    }
}
