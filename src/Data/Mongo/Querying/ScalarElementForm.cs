using GraphTraining.Data.Store;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// The element filter of a list of scalars (<c>leaderIds: some: {eq: "x"}</c>), whose conditions all use the
/// empty path for the element itself. MongoDB tests such elements with the operator form of
/// <c>$elemMatch</c> (<c>{$elemMatch: {$eq: "x"}}</c>), which can AND operators but cannot hold
/// <c>$or</c>, <c>$and</c> or one operator twice. So the filter is brought into disjunctive normal form
/// (negations pushed into the operators, which is exact on single values) and each conjunction becomes one
/// <c>$elemMatch</c>: <c>Some(a or b)</c> is <c>Some(a) or Some(b)</c>. Both engines accept exactly the
/// filters this form can render.
/// </summary>
internal static class ScalarElementForm
{
    private const int MaxTerms = 64;

    /// <summary>The conjunctions whose disjunction is the filter (or its negation); none means never, one empty means always.</summary>
    /// <exception cref="ArgumentException">A condition names a sub-path, or a conjunction repeats an operator MongoDB cannot combine.</exception>
    public static IReadOnlyList<IReadOnlyList<FieldCondition>> Terms(FilterNode filter, bool negate, string listPath)
    {
        var terms = Dnf(filter, negate, listPath);
        foreach (var term in terms)
        {
            var keys = term.Select(c => OperatorKey(c.Operator)).Where(k => k != "$nin").ToList();
            var repeated = keys.GroupBy(k => k).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                throw new ArgumentException(
                    $"The element filter on '{listPath}' uses {repeated.Key} twice in one branch, which $elemMatch cannot express.");
            }
        }

        return terms;
    }

    /// <summary>The operator-document key a single-value condition renders under ($ne and $nin merge into $nin).</summary>
    public static string OperatorKey(FilterOperator op) => op switch
    {
        FilterOperator.Eq => "$eq",
        FilterOperator.Neq or FilterOperator.Nin => "$nin",
        FilterOperator.In => "$in",
        FilterOperator.Gt => "$gt",
        FilterOperator.Gte => "$gte",
        FilterOperator.Lt => "$lt",
        FilterOperator.Lte => "$lte",
        FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith => "$regex",
        _ => "$not",
    };

    private static List<List<FieldCondition>> Dnf(FilterNode node, bool negate, string listPath)
    {
        switch (node)
        {
            case FieldCondition condition:
                if (condition.Field.Length != 0)
                {
                    throw new ArgumentException(
                        $"'{listPath}' holds single values: its element filter uses the empty path, not '{condition.Field}'.");
                }

                var normalized = FilterRules.Normalize(condition);
                if (normalized is FieldCondition literal)
                {
                    return [[negate ? literal with { Operator = FilterRules.Complement(literal.Operator) } : literal]];
                }

                return Dnf(normalized, negate, listPath);
            case AllOf when !negate:
            case AnyOf when negate:
                return Product(Children(node).Select(c => Dnf(c, negate, listPath)), listPath);
            case AllOf or AnyOf:
                return Children(node).SelectMany(c => Dnf(c, negate, listPath)).ToList();
            default:
                throw new ArgumentException($"The element filter on '{listPath}' holds single values; {node.GetType().Name} does not apply to them.");
        }
    }

    private static IReadOnlyList<FilterNode> Children(FilterNode node) => node is AllOf all ? all.Filters : ((AnyOf)node).Filters;

    private static List<List<FieldCondition>> Product(IEnumerable<List<List<FieldCondition>>> factors, string listPath)
    {
        List<List<FieldCondition>> result = [[]];
        foreach (var factor in factors)
        {
            result = result.SelectMany(left => factor.Select(right => left.Concat(right).ToList())).ToList();
            if (result.Count > MaxTerms)
            {
                throw new ArgumentException($"The element filter on '{listPath}' is too large to render.");
            }
        }

        return result;
    }
}
