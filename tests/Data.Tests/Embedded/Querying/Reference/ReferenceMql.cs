using System.Text;
using System.Text.RegularExpressions;
using MongoDB.Bson;

namespace GraphTraining.Data.Tests.Embedded.Querying.Reference;

/// <summary>
/// A deliberately simple interpreter of the MQL subset the renderer writes, over plain BSON, written from
/// the MongoDB manual and <c>ElementPath</c> rather than from the typed engine: a path yields every value it
/// reaches (a list at the end yields its elements and then itself, a list on the way is entered through
/// its sub-documents, a dead end yields "missing"), and a field condition holds when any yielded value
/// passes. Slow and allocation-happy on purpose.
/// </summary>
internal static class ReferenceMql
{
    public static bool Matches(BsonDocument document, BsonDocument query) => query.All(element => element.Name switch
    {
        "$and" => element.Value.AsBsonArray.All(q => Matches(document, q.AsBsonDocument)),
        "$or" => element.Value.AsBsonArray.Any(q => Matches(document, q.AsBsonDocument)),
        "$nor" => !element.Value.AsBsonArray.Any(q => Matches(document, q.AsBsonDocument)),
        _ => FieldMatches(document, element.Name, element.Value),
    });

    private static bool FieldMatches(BsonDocument document, string path, BsonValue condition)
    {
        if (condition is BsonDocument operators && operators.ElementCount > 0 && operators.GetElement(0).Name.StartsWith('$'))
        {
            return operators.All(o => OperatorMatches(document, path, o.Name, o.Value));
        }

        return Walk(document, path, enterLeafList: true).Any(v => AreEqual(v, condition));
    }

    private static bool OperatorMatches(BsonDocument document, string path, string op, BsonValue argument)
    {
        IEnumerable<BsonValue?> Values() => Walk(document, path, enterLeafList: true);

        return op switch
        {
            "$eq" => Values().Any(v => AreEqual(v, argument)),
            "$ne" => !Values().Any(v => AreEqual(v, argument)),
            "$in" => Values().Any(v => argument.AsBsonArray.Any(a => AreEqual(v, a))),
            "$nin" => !Values().Any(v => argument.AsBsonArray.Any(a => AreEqual(v, a))),
            "$gt" or "$gte" or "$lt" or "$lte" => Values().Any(v => Compares(op, v, argument)),
            "$regex" => Values().Any(v => IsMatch(v, argument)),
            "$not" when argument is BsonRegularExpression => !Values().Any(v => IsMatch(v, argument)),
            "$not" => !FieldMatches(document, path, argument),
            "$elemMatch" => Walk(document, path, enterLeafList: false).Any(v => v is BsonArray list && list.Any(e => ElementMatches(e, argument.AsBsonDocument))),
            _ => throw new NotSupportedException($"The reference does not know {op}."),
        };
    }

    private static bool ElementMatches(BsonValue element, BsonDocument match)
    {
        var valueForm = match.ElementCount > 0 && match.GetElement(0).Name is var first && first.StartsWith('$') && first is not ("$and" or "$or" or "$nor");
        if (!valueForm)
        {
            return element is BsonDocument document && Matches(document, match);
        }

        return match.All(o => SingleValueMatches(element, o.Name, o.Value));
    }

    // The operator form of $elemMatch tests the element itself, without walking into it.
    private static bool SingleValueMatches(BsonValue value, string op, BsonValue argument) => op switch
    {
        "$exists" => argument.AsBoolean,
        "$eq" => AreEqual(value, argument),
        "$ne" => !AreEqual(value, argument),
        "$in" => argument.AsBsonArray.Any(a => AreEqual(value, a)),
        "$nin" => !argument.AsBsonArray.Any(a => AreEqual(value, a)),
        "$gt" or "$gte" or "$lt" or "$lte" => Compares(op, value, argument),
        "$regex" => IsMatch(value, argument),
        "$not" when argument is BsonRegularExpression => !IsMatch(value, argument),
        "$not" => !argument.AsBsonDocument.All(o => SingleValueMatches(value, o.Name, o.Value)),
        _ => throw new NotSupportedException($"The reference does not know {op} inside $elemMatch."),
    };

    /// <summary>Every value a dotted path reaches; null stands for "missing".</summary>
    public static IEnumerable<BsonValue?> Walk(BsonValue root, string path, bool enterLeafList) =>
        Walk(root, path.Split('.'), 0, enterLeafList);

    private static IEnumerable<BsonValue?> Walk(BsonValue? value, string[] segments, int index, bool enterLeafList)
    {
        if (index == segments.Length)
        {
            if (value is BsonArray list && enterLeafList)
            {
                foreach (var element in list)
                {
                    yield return element;
                }
            }

            yield return value;
        }
        else if (value is BsonDocument document)
        {
            foreach (var found in Walk(document.GetValue(segments[index], null), segments, index + 1, enterLeafList))
            {
                yield return found;
            }
        }
        else if (value is BsonArray list)
        {
            foreach (var element in list.OfType<BsonDocument>())
            {
                foreach (var found in Walk(element, segments, index, enterLeafList))
                {
                    yield return found;
                }
            }
        }
        else
        {
            yield return null;
        }
    }

    public static bool AreEqual(BsonValue? value, BsonValue argument) =>
        value is null or BsonNull ? argument is BsonNull : Rank(value) == Rank(argument) && Compare(value, argument) == 0;

    private static bool Compares(string op, BsonValue? value, BsonValue bound)
    {
        if (value is null || Rank(value) != Rank(bound))
        {
            return value is null or BsonNull && bound is BsonNull && op is "$gte" or "$lte";
        }

        var order = Compare(value, bound);
        return op switch { "$gt" => order > 0, "$gte" => order >= 0, "$lt" => order < 0, _ => order <= 0 };
    }

    private static bool IsMatch(BsonValue? value, BsonValue pattern) =>
        value is BsonString text && Regex.IsMatch(text.Value, ((BsonRegularExpression)pattern).Pattern, RegexOptions.CultureInvariant);

    /// <summary>The "Comparison/Sort Order" rank of a BSON type; null ranks missing values.</summary>
    public static int Rank(BsonValue? value) => value switch
    {
        null or BsonNull => 5,
        BsonUndefined => 0,
        BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128 => 10,
        BsonString => 15,
        BsonDocument => 20,
        BsonArray => 25,
        BsonBoolean => 40,
        BsonDateTime => 45,
        _ => throw new NotSupportedException(value.BsonType.ToString()),
    };

    /// <summary>Orders two values: by rank, then numbers as doubles, strings as UTF-8 bytes, dates by milliseconds.</summary>
    public static int Compare(BsonValue? a, BsonValue? b)
    {
        var byRank = Rank(a).CompareTo(Rank(b));
        if (byRank != 0)
        {
            return byRank;
        }

        return a switch
        {
            BsonString s => Encoding.UTF8.GetBytes(s.Value).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b!.AsString)),
            BsonBoolean flag => flag.Value.CompareTo(b!.AsBoolean),
            BsonDateTime date => date.MillisecondsSinceEpoch.CompareTo(((BsonDateTime)b!).MillisecondsSinceEpoch),
            BsonInt32 or BsonInt64 or BsonDouble => a.ToDouble().CompareTo(b!.ToDouble()),
            _ => 0,
        };
    }
}
