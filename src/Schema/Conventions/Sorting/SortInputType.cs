using GraphQL.Types;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Sorting;

/// <summary>
/// A HotChocolate-shaped sort input (<c>AssociateSortInput</c>): each field a direction or a nested object's
/// sort. <c>order: [{ lastName: ASC }, { firstName: ASC }]</c> sorts by each key in turn; the store adds
/// <c>_id</c> last so the order is total.
/// </summary>
public abstract class SortInputType : InputObjectGraphType
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);

    protected SortInputType(string name, string description)
    {
        Name = name;
        Description = description;
    }

    protected void Sort(string name, string path, string description)
    {
        Field<SortEnumType>(name).Description(description);
        _paths[name] = path;
    }

    protected void SortObject<TSortInput>(string name, string path, string description)
        where TSortInput : SortInputType
    {
        Field<TSortInput>(name).Description(description);
        _paths[name] = path;
    }

    public IEnumerable<SortField> Translate(IDictionary<string, object?> value, string prefix)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var (field, direction) in value)
        {
            var path = prefix.Length == 0 ? _paths[field] : $"{prefix}.{_paths[field]}";
            if (direction is SortDirection sortDirection)
            {
                yield return new SortField(path, sortDirection);
            }
            else if (direction is IDictionary<string, object?> nested && GetField(field)!.ResolvedType is SortInputType nestedType)
            {
                foreach (var sort in nestedType.Translate(nested, path))
                {
                    yield return sort;
                }
            }
        }
    }
}
