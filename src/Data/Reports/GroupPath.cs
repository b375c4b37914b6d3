using GraphTraining.Data.Documents;
using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Reports;

/// <summary>A row field a summary can group by: a top-level string, enum or string list, named by its element name.</summary>
public sealed record GroupPath(string Element, bool IsList, Func<object, object?> Getter)
{
    /// <summary>Checks the paths against the row's class map, so both stores refuse the same group-bys.</summary>
    /// <exception cref="ArgumentException">No paths, a repeated path, or one that is unknown or not groupable.</exception>
    public static IReadOnlyList<GroupPath> Resolve<TRow>(IReadOnlyList<string> groupBy) where TRow : Document
    {
        ArgumentNullException.ThrowIfNull(groupBy);
        DocumentMapping.Register();
        if (groupBy.Count == 0)
        {
            throw new ArgumentException("A summary needs at least one group-by path.", nameof(groupBy));
        }

        if (groupBy.Distinct(StringComparer.Ordinal).Count() != groupBy.Count)
        {
            throw new ArgumentException("A summary cannot group by the same path twice.", nameof(groupBy));
        }

        var map = BsonClassMap.LookupClassMap(typeof(TRow));
        return groupBy.Select(path =>
        {
            var member = map.AllMemberMaps.FirstOrDefault(m => m.ElementName == path)
                ?? throw new ArgumentException($"'{path}' is not a field of {typeof(TRow).Name}.", nameof(groupBy));
            var type = Nullable.GetUnderlyingType(member.MemberType) ?? member.MemberType;
            var isList = type == typeof(IReadOnlyList<string>);
            return type == typeof(string) || type.IsEnum || isList
                ? new GroupPath(path, isList, member.Getter)
                : throw new ArgumentException($"'{path}' of {typeof(TRow).Name} cannot be grouped by.", nameof(groupBy));
        }).ToList();
    }
}
