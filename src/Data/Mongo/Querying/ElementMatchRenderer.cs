using GraphTraining.Data.Store;
using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// Renders list quantifiers ("$elemMatch", "Query an Array of Embedded Documents"). For lists of
/// sub-documents: <c>Some</c> is <c>{f: {$elemMatch: C}}</c>, <c>None</c> is <c>{f: {$not: {$elemMatch: C}}}</c>
/// and <c>All</c> is <c>{f: {$not: {$elemMatch: {$nor: [C]}}}}</c> (no element fails, so a missing or empty
/// list satisfies it). Lists of single values use the operator form of <c>$elemMatch</c> per
/// <see cref="ScalarElementForm"/>. Without an element filter, <c>Some</c>/<c>Any</c> mean "has an element"
/// (<c>{$elemMatch: {$exists: true}}</c>, which unlike <c>{$elemMatch: {}}</c> also counts single values),
/// <c>None</c> means empty or missing, and <c>All</c> always holds.
/// </summary>
internal static class ElementMatchRenderer
{
    private static readonly BsonDocument AnyElement = new("$exists", true);

    public static BsonDocument Render(ListCondition condition, Type rootType)
    {
        var path = MappedPath.Resolve(rootType, condition.Field);
        if (!path.Leaf.IsList)
        {
            throw new ArgumentException($"'{condition.Field}' is not a list, so some/all/none/any do not apply to it.");
        }

        var quantifier = FilterRules.Quantifier(condition);
        var split = path.FirstInnerListIndex;
        if (split >= 0 && !(quantifier == ListQuantifier.All && condition.Element is null))
        {
            return FilterRenderer.Render(Nest(path, split, quantifier, condition.Element), rootType);
        }

        if (condition.Element is null)
        {
            return quantifier switch
            {
                ListQuantifier.All => [],
                ListQuantifier.None => NoElement(path.Path, AnyElement),
                _ => SomeElement(path.Path, AnyElement),
            };
        }

        return path.Leaf.Shape == ValueShape.DocumentList
            ? RenderDocuments(path, quantifier, condition.Element)
            : RenderScalars(path, quantifier, condition.Element);
    }

    /// <summary>
    /// A quantifier on a list reached through another list (<c>certifications.tiers</c>) applies to each inner
    /// list separately in MongoDB; mingo instead treats the list of lists as one list. Nesting the quantifiers
    /// means the same in MongoDB and leaves mingo no room: Some is Some(Some), None is None(Some), All is
    /// All(All), each inner one relative to the outer list's element.
    /// </summary>
    private static ListCondition Nest(MappedPath path, int split, ListQuantifier quantifier, FilterNode? element)
    {
        var outer = path.Prefix(split);
        var inner = path.Suffix(split + 1).Path;
        return quantifier switch
        {
            ListQuantifier.All => new ListCondition(outer, ListQuantifier.All, new ListCondition(inner, ListQuantifier.All, element)),
            ListQuantifier.None => new ListCondition(outer, ListQuantifier.None, new ListCondition(inner, ListQuantifier.Some, element)),
            _ => new ListCondition(outer, ListQuantifier.Some, new ListCondition(inner, ListQuantifier.Some, element)),
        };
    }

    private static BsonDocument RenderDocuments(MappedPath path, ListQuantifier quantifier, FilterNode element)
    {
        var match = FilterRenderer.Render(element, path.Leaf.ItemType);
        return quantifier switch
        {
            ListQuantifier.None => NoElement(path.Path, match),
            ListQuantifier.All when match.ElementCount == 0 => [],
            ListQuantifier.All => NoElement(path.Path, new BsonDocument("$nor", new BsonArray { match })),
            _ => SomeElement(path.Path, match),
        };
    }

    private static BsonDocument RenderScalars(MappedPath path, ListQuantifier quantifier, FilterNode element)
    {
        var terms = ScalarElementForm.Terms(element, negate: quantifier == ListQuantifier.All, path.Path);
        var some = FilterRenderer.Or(terms.Select(t => SomeElement(path.Path, Term(t, path.Leaf))).ToList());
        if (quantifier == ListQuantifier.Some)
        {
            return some;
        }

        // None(C) is not Some(C); All(C) is not Some(not C), whose terms were negated above.
        return terms.Count == 1 ? NoElement(path.Path, Term(terms[0], path.Leaf)) : FilterRenderer.Not(some);
    }

    private static BsonDocument Term(IReadOnlyList<FieldCondition> term, MappedStep leaf)
    {
        if (term.Count == 0)
        {
            return AnyElement;
        }

        var operators = new BsonDocument();
        var excluded = term.Where(c => c.Operator is FilterOperator.Neq or FilterOperator.Nin)
            .SelectMany(c => c.Operator == FilterOperator.Nin ? FilterRules.ListValues(c) : [c.Value])
            .Select(v => MappedValue.Render(leaf, v))
            .ToList();
        foreach (var condition in term)
        {
            var positive = FilterRules.Positive(condition.Operator);
            switch (condition.Operator)
            {
                case FilterOperator.Neq or FilterOperator.Nin:
                    if (!operators.Contains("$ne") && !operators.Contains("$nin"))
                    {
                        operators.Add(excluded.Count == 1 && condition.Operator == FilterOperator.Neq
                            ? new BsonElement("$ne", excluded[0])
                            : new BsonElement("$nin", new BsonArray(excluded)));
                    }

                    break;
                case FilterOperator.Eq:
                    operators.Add("$eq", MappedValue.Render(leaf, condition.Value));
                    break;
                case FilterOperator.In:
                    operators.Add("$in", new BsonArray(FilterRules.ListValues(condition).Select(v => MappedValue.Render(leaf, v))));
                    break;
                case var _ when FilterRules.IsPattern(positive):
                    var regex = RegexLiteral.For(positive, (string)condition.Value!);
                    operators.Add(positive == condition.Operator ? "$regex" : "$not", regex);
                    break;
                default:
                    var comparison = new BsonDocument(ScalarElementForm.OperatorKey(positive), MappedValue.Render(leaf, condition.Value));
                    operators.AddRange(positive == condition.Operator ? comparison : new BsonDocument("$not", comparison));
                    break;
            }
        }

        return operators;
    }

    private static BsonDocument SomeElement(string path, BsonDocument match) =>
        new(path, new BsonDocument("$elemMatch", match));

    private static BsonDocument NoElement(string path, BsonDocument match) =>
        new(path, new BsonDocument("$not", new BsonDocument("$elemMatch", match)));
}
