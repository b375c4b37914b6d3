using GraphQL;
using GraphQL.Types;
using GraphTraining.Schema.Conventions.Roots;

namespace GraphTraining.Server.Tests.Transport;

public sealed class TestOnlyMutations : IRootFields<MutationType>
{
    public void AddTo(MutationType root) =>
        root.Field<StringGraphType>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Resolve(context => context.GetArgument<string>("text"));
}
