using GraphQL.Builders;
using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Identity;

/// <summary>
/// Declares who may resolve a field (or every field of a type), next to the field itself;
/// <see cref="AccessFieldMiddleware"/> enforces it. Fields that declare nothing are public.
/// </summary>
public static class AccessExtensions
{
    internal const string MetadataKey = "GraphTraining.Access";

    public static FieldBuilder<TSource, TReturn> RequireAuthenticated<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.RequireAccess(AccessRequirement.Authenticated);
        return field;
    }

    /// <summary>The viewer must hold at least one of <paramref name="anyOf"/>.</summary>
    public static FieldBuilder<TSource, TReturn> RequirePermission<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params Permission[] anyOf)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.RequireAccess(new AccessRequirement(anyOf));
        return field;
    }

    public static void RequireAccess(this IMetadataWriter fieldOrType, AccessRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(fieldOrType);
        fieldOrType.Metadata[MetadataKey] = requirement;
    }

    /// <summary>The field's own requirement, else its type's; null when the field is public.</summary>
    public static AccessRequirement? GetAccess(this IFieldType field, IGraphType? parentType) =>
        field.GetMetadata<AccessRequirement?>(MetadataKey) ?? parentType?.GetMetadata<AccessRequirement?>(MetadataKey);
}
