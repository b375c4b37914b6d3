using GraphTraining.Data.Store;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>The sort keys both engines accept, resolved through the mapping.</summary>
internal static class SortRules
{
    public const string IdElement = "_id";

    /// <summary>
    /// Resolves each key. A key must end at a single value or a list of them, at most one key may pass through
    /// a list (MongoDB refuses to sort on parallel arrays and pairs up keys under one array, which we do not
    /// mirror), and no key may repeat.
    /// </summary>
    /// <exception cref="ArgumentException">A key breaks one of these rules.</exception>
    public static IReadOnlyList<MappedPath> Resolve(Type rootType, IReadOnlyList<SortField> sort)
    {
        ArgumentNullException.ThrowIfNull(sort);
        var paths = new List<MappedPath>(sort.Count);
        foreach (var field in sort)
        {
            ArgumentNullException.ThrowIfNull(field);
            if (!Enum.IsDefined(field.Direction))
            {
                throw new ArgumentException($"Unknown sort direction {field.Direction} on '{field.Field}'.");
            }

            var path = MappedPath.Resolve(rootType, field.Field);
            if (path.Leaf.IsDocumentLike)
            {
                throw new ArgumentException($"'{field.Field}' holds sub-documents; sort by one of their fields instead.");
            }

            if (paths.Any(p => p.Path == path.Path))
            {
                throw new ArgumentException($"'{field.Field}' is sorted on twice.");
            }

            paths.Add(path);
        }

        if (paths.Count(p => p.TouchesList) > 1)
        {
            throw new ArgumentException("At most one sort key may pass through a list.");
        }

        return paths;
    }

    /// <summary>True when the keys already end in <c>_id</c>'s order, so no tie-break is appended.</summary>
    public static bool SortsById(IReadOnlyList<SortField> sort) => sort.Any(f => f.Field == IdElement);
}
