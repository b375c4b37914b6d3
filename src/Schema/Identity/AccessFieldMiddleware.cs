using GraphQL;
using GraphQL.Instrumentation;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Identity;

/// <summary>
/// The one place access is enforced. A field the viewer may not resolve becomes a field error (with its path)
/// and null, so the rest of the response still resolves, as the spec's error propagation allows.
/// </summary>
public sealed class AccessFieldMiddleware : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.FieldDefinition.GetAccess(context.ParentType) is { } requirement)
        {
            var viewer = await context.Viewer().ConfigureAwait(false);
            if (!viewer.IsAuthenticated)
            {
                throw new ExecutionError($"Sign in to use `{context.FieldDefinition.Name}`.") { Code = ErrorCodes.AuthNotAuthenticated };
            }

            if (!requirement.IsMetBy(viewer))
            {
                throw new ExecutionError($"You may not use `{context.FieldDefinition.Name}`: it needs {Describe(requirement)}.") { Code = ErrorCodes.AuthNotAuthorized };
            }
        }

        return await next(context).ConfigureAwait(false);
    }

    private static string Describe(AccessRequirement requirement) =>
        string.Join(" or ", requirement.AnyOf.Select(p => p.ToString().ToConstantCase()));
}
