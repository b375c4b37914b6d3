using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Mutations;

public static class MutationConventionExtensions
{
    /// <summary>
    /// Adds <c>name(input: NameInput!): NamePayload!</c> where the payload carries the changed object in
    /// <paramref name="valueField"/> and <c>errors: [NameError!]</c>, a union of the given user error types.
    /// </summary>
    public static FieldBuilder<object?, object> AddMutation<TInputType, TValueType>(
        this ObjectGraphType root,
        string name,
        string description,
        string valueField,
        Type[] errorTypes,
        Func<IResolveFieldContext, Task<MutationPayload>> resolve)
        where TInputType : IInputObjectGraphType
        where TValueType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(errorTypes);
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"Why `{name}` changed nothing." };
        foreach (var errorType in errorTypes)
        {
            errors.Type(errorType);
        }

        var payload = new ObjectGraphType<MutationPayload> { Name = $"{typeName}Payload", Description = $"The result of `{name}`." };
        payload.Field<TValueType>(valueField).Description($"The {valueField} as it now is; null when errors stopped the change.").Resolve(context => context.Source.Value);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why nothing changed; null on success.")
            .Resolve(context => context.Source.Errors);

        return root.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", $"What `{name}` needs.")
            .ResolveAsync(async context => await resolve(context).ConfigureAwait(false));
    }
}
