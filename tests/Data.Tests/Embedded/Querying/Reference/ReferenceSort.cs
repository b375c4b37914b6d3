using GraphTraining.Data.Store;
using MongoDB.Bson;

namespace GraphTraining.Data.Tests.Embedded.Querying.Reference;

/// <summary>
/// MongoDB's sort over plain BSON, simply: each key is the smallest (ascending) or largest (descending) of the
/// values the multikey index generator would produce for the path; an empty list at the end of the path
/// gives undefined (below null), a dead end gives null; ties end in <c>_id</c> ascending.
/// </summary>
internal static class ReferenceSort
{
    public static IComparer<BsonDocument> For(IReadOnlyList<SortField> sort) => Comparer<BsonDocument>.Create((x, y) =>
    {
        foreach (var field in sort)
        {
            var descending = field.Direction == SortDirection.Descending;
            var order = ReferenceMql.Compare(Key(x, field.Field, descending), Key(y, field.Field, descending));
            if (order != 0)
            {
                return descending ? -order : order;
            }
        }

        return ReferenceMql.Compare(x["_id"], y["_id"]);
    });

    private static BsonValue Key(BsonDocument document, string path, bool largest)
    {
        var keys = Keys(document, path.Split('.'), 0).ToList();
        return largest ? keys.MaxBy(k => k, Comparer<BsonValue>.Create(ReferenceMql.Compare))! : keys.MinBy(k => k, Comparer<BsonValue>.Create(ReferenceMql.Compare))!;
    }

    private static IEnumerable<BsonValue> Keys(BsonValue? value, string[] segments, int index)
    {
        if (index == segments.Length)
        {
            return value switch
            {
                BsonArray { Count: 0 } => [BsonUndefined.Value],
                BsonArray list => list,
                null => [BsonNull.Value],
                _ => [value],
            };
        }

        return value switch
        {
            BsonDocument document => Keys(document.GetValue(segments[index], null), segments, index + 1),
            BsonArray { Count: > 0 } list => list.SelectMany(e => e is BsonDocument ? Keys(e, segments, index) : [BsonNull.Value]),
            _ => [BsonNull.Value],
        };
    }
}
