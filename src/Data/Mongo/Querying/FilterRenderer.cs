using GraphTraining.Data.Store;
using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>Renders filter nodes over one mapped type (a collection's document, or a list's sub-document).</summary>
internal static class FilterRenderer
{
    /// <summary>Matches nothing: no value is in an empty list (an empty <c>$or</c> is not valid MQL).</summary>
    public static BsonDocument Never => new("_id", new BsonDocument("$in", new BsonArray()));

    public static BsonDocument Render(FilterNode node, Type rootType) => node switch
    {
        AllOf all => And(all.Filters.Select(f => Render(f, rootType)).ToList()),
        AnyOf any => Or(any.Filters.Select(f => Render(f, rootType)).ToList()),
        FieldCondition condition => RenderCondition(condition, rootType),
        ListCondition list => ElementMatchRenderer.Render(list, rootType),
        null => throw new ArgumentNullException(nameof(node)),
        _ => throw new ArgumentException($"Unknown filter node {node.GetType().Name}."),
    };

    public static bool IsNever(BsonDocument rendered) => rendered.Equals(Never);

    public static BsonDocument And(IReadOnlyList<BsonDocument> parts)
    {
        if (parts.Any(IsNever))
        {
            return Never;
        }

        var kept = parts.Where(p => p.ElementCount > 0).ToList();
        if (kept.Count == 1)
        {
            return kept[0];
        }

        // One document when no key repeats reads like hand-written MQL; $and otherwise.
        var names = kept.SelectMany(p => p.Names).ToList();
        if (names.Count == names.Distinct(StringComparer.Ordinal).Count())
        {
            var merged = new BsonDocument();
            kept.ForEach(p => merged.AddRange(p));
            return merged;
        }

        return new BsonDocument("$and", new BsonArray(kept));
    }

    public static BsonDocument Or(IReadOnlyList<BsonDocument> parts)
    {
        if (parts.Any(p => p.ElementCount == 0))
        {
            return [];
        }

        var kept = parts.Where(p => !IsNever(p)).ToList();
        return kept.Count switch
        {
            0 => Never,
            1 => kept[0],
            _ => new BsonDocument("$or", new BsonArray(kept)),
        };
    }

    public static BsonDocument Not(BsonDocument rendered) =>
        rendered.ElementCount == 0 ? Never
        : IsNever(rendered) ? []
        : rendered.ElementCount == 1 && rendered.GetElement(0) is { Name: "$or", Value: BsonArray alternatives }
            ? new BsonDocument("$nor", alternatives)
        : rendered.ElementCount == 1 && rendered.GetElement(0) is { Name: var field, Value: BsonDocument { ElementCount: 1 } match }
            && !field.StartsWith('$') && match.GetElement(0).Name == "$elemMatch"
            ? new BsonDocument(field, new BsonDocument("$not", match))
        : new BsonDocument("$nor", new BsonArray { rendered });

    private static BsonDocument RenderCondition(FieldCondition condition, Type rootType)
    {
        var normalized = FilterRules.Normalize(condition);
        if (normalized is not FieldCondition literal)
        {
            return Render(normalized, rootType);
        }

        if (literal.Field.Length == 0)
        {
            throw new ArgumentException("The empty path names a list's element itself and only applies inside a filter on a list of single values.");
        }

        var path = MappedPath.Resolve(rootType, literal.Field);
        var list = path.FirstInnerListIndex;
        return list >= 0
            ? ThroughList(path, list, literal)
            : new BsonDocument(path.Path, OperatorValue(literal, path.Leaf));
    }

    /// <summary>The value under a path: the value itself for Eq, else an operator document.</summary>
    private static BsonValue OperatorValue(FieldCondition condition, MappedStep leaf)
    {
        var positive = FilterRules.Positive(condition.Operator);
        if (condition.Operator == FilterOperator.Eq)
        {
            return MappedValue.Render(leaf, condition.Value);
        }

        if (FilterRules.IsPattern(positive))
        {
            var regex = RegexLiteral.For(positive, (string)condition.Value!);
            return positive == condition.Operator
                ? new BsonDocument("$regex", regex)
                : new BsonDocument("$not", regex);
        }

        return condition.Operator switch
        {
            FilterOperator.Neq => new BsonDocument("$ne", MappedValue.Render(leaf, condition.Value)),
            FilterOperator.In => new BsonDocument("$in", ListValue(condition, leaf)),
            FilterOperator.Nin => new BsonDocument("$nin", ListValue(condition, leaf)),
            _ when positive == condition.Operator => Comparison(condition.Operator, MappedValue.Render(leaf, condition.Value)),
            _ => new BsonDocument("$not", Comparison(positive, MappedValue.Render(leaf, condition.Value))),
        };
    }

    private static BsonArray ListValue(FieldCondition condition, MappedStep leaf) =>
        new(FilterRules.ListValues(condition).Select(v => MappedValue.Render(leaf, v)));

    private static BsonDocument Comparison(FilterOperator op, BsonValue value) => new(op switch
    {
        FilterOperator.Gt => "$gt",
        FilterOperator.Gte => "$gte",
        FilterOperator.Lt => "$lt",
        _ => "$lte",
    }, value);

    /// <summary>
    /// A condition whose path runs through a list, spelled as what MongoDB's path walking means: some
    /// sub-document of the list matches the rest of the path, or, when the condition matches null, the list
    /// itself is null or missing (<c>{"a.b": null}</c> matches a missing <c>a</c>). The plain dotted form is
    /// read differently by mingo (it drops elements where the path is missing and compares only one level
    /// of nested lists), and the two are equal for every document the mapping writes, whose lists of
    /// sub-documents never hold null elements. Negated operators are the negation of the whole.
    /// </summary>
    private static BsonDocument ThroughList(MappedPath path, int list, FieldCondition condition)
    {
        var prefix = path.Prefix(list);
        var positive = condition with { Operator = FilterRules.Positive(condition.Operator), Field = path.Suffix(list + 1).Path };
        var matchesNull = FilterRules.IsList(positive.Operator)
            ? FilterRules.ListValues(positive).Any(v => v is null)
            : positive.Operator == FilterOperator.Eq && positive.Value is null;
        var some = new BsonDocument(prefix, new BsonDocument("$elemMatch", Render(positive, path.Steps[list].ItemType)));
        var spelled = matchesNull ? Or([new BsonDocument(prefix, BsonNull.Value), some]) : some;
        return FilterRules.IsNegated(condition.Operator) ? Not(spelled) : spelled;
    }
}
