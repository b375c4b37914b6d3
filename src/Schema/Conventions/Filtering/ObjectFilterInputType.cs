using GraphQL.Types;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Filtering;

/// <summary>
/// A HotChocolate-shaped filter over an object (<c>AssociateFilterInput</c>): one field per filterable
/// member, each an operation, list or nested object filter, plus <c>and</c>/<c>or</c>. All fields given in
/// one object must hold together.
/// </summary>
public abstract class ObjectFilterInputType : InputObjectGraphType, IFilterInputType
{
    private readonly Dictionary<string, (string Path, string? IdType)> _paths = new(StringComparer.Ordinal);

    protected ObjectFilterInputType(string name, string description)
    {
        Name = name;
        Description = description;
        AddLogicalFields(this, name);
    }

    internal static void AddLogicalFields(InputObjectGraphType type, string name)
    {
        type.Field("and", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)))).Description("Every one of these filters must match.");
        type.Field("or", new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(name)))).Description("At least one of these filters must match.");
    }

    /// <summary>Adds a filterable member: its GraphQL name, the stored element path, and the filter input for it.</summary>
    protected void Filter<TFilterInput>(string name, string path, string description, string? idType = null)
        where TFilterInput : IFilterInputType
    {
        Field<TFilterInput>(name).Description(description);
        _paths[name] = (path, idType);
    }

    public FilterNode Translate(IDictionary<string, object?> value, string path, string? idType)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = new List<FilterNode>();
        foreach (var (field, fieldValue) in value)
        {
            if (field is "and" or "or")
            {
                var operands = FilterPaths.Objects(fieldValue, field).Select(v => Translate(v, path, idType)).ToList();
                parts.Add(field == "and" ? new AllOf(operands) : new AnyOf(operands));
                continue;
            }

            var (memberPath, memberIdType) = _paths[field];
            var input = FilterPaths.Unwrap(GetField(field)!.ResolvedType);
            var member = FilterPaths.Object(fieldValue, field);
            if (member.Count == 0)
            {
                throw FilterPaths.Empty(field);
            }

            parts.Add(input.Translate(member, FilterPaths.Join(path, memberPath), memberIdType));
        }

        return parts.Count == 1 ? parts[0] : new AllOf(parts);
    }
}
