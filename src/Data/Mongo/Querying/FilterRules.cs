using System.Collections;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// The rules both engines share for reading a <see cref="FilterNode"/>: which conditions are constant, how
/// list values and string patterns are taken, and how each operator relates to its negation.
/// </summary>
internal static class FilterRules
{
    /// <summary>A filter every document matches (an empty <c>$and</c>).</summary>
    public static FilterNode Always { get; } = new AllOf([]);

    /// <summary>A filter no document matches (an empty <c>$or</c>, which MongoDB itself would refuse).</summary>
    public static FilterNode Never { get; } = new AnyOf([]);

    public static bool IsAlways(FilterNode node) => node is AllOf { Filters.Count: 0 };

    public static bool IsNever(FilterNode node) => node is AnyOf { Filters.Count: 0 };

    /// <summary>
    /// Folds comparisons with null that MongoDB decides without looking at the data: only null and missing
    /// values compare equal to null and nothing orders before or after it ("Comparison/Sort Order", type
    /// bracketing), so <c>$gte/$lte: null</c> mean <c>$eq: null</c> and <c>$gt/$lt: null</c> match nothing.
    /// Spelling them as equality also keeps mingo, which misses the missing-field case there, in step.
    /// </summary>
    public static FilterNode Normalize(FieldCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        Validate(condition);
        if (condition.Value is not null)
        {
            return condition;
        }

        return condition.Operator switch
        {
            FilterOperator.Gte or FilterOperator.Lte => condition with { Operator = FilterOperator.Eq },
            FilterOperator.Ngte or FilterOperator.Nlte => condition with { Operator = FilterOperator.Neq },
            FilterOperator.Gt or FilterOperator.Lt => Never,
            FilterOperator.Ngt or FilterOperator.Nlt => Always,
            _ => condition,
        };
    }

    /// <summary>True for the operators written as <c>$not</c> (or <c>$ne</c>, <c>$nin</c>) of a positive one.</summary>
    public static bool IsNegated(FilterOperator op) => op is FilterOperator.Neq or FilterOperator.Nin or FilterOperator.Ngt
        or FilterOperator.Ngte or FilterOperator.Nlt or FilterOperator.Nlte or FilterOperator.NContains
        or FilterOperator.NStartsWith or FilterOperator.NEndsWith;

    /// <summary>The operator that matches exactly the single values this one does not.</summary>
    public static FilterOperator Complement(FilterOperator op) => op switch
    {
        FilterOperator.Eq => FilterOperator.Neq,
        FilterOperator.Neq => FilterOperator.Eq,
        FilterOperator.In => FilterOperator.Nin,
        FilterOperator.Nin => FilterOperator.In,
        FilterOperator.Gt => FilterOperator.Ngt,
        FilterOperator.Ngt => FilterOperator.Gt,
        FilterOperator.Gte => FilterOperator.Ngte,
        FilterOperator.Ngte => FilterOperator.Gte,
        FilterOperator.Lt => FilterOperator.Nlt,
        FilterOperator.Nlt => FilterOperator.Lt,
        FilterOperator.Lte => FilterOperator.Nlte,
        FilterOperator.Nlte => FilterOperator.Lte,
        FilterOperator.Contains => FilterOperator.NContains,
        FilterOperator.NContains => FilterOperator.Contains,
        FilterOperator.StartsWith => FilterOperator.NStartsWith,
        FilterOperator.NStartsWith => FilterOperator.StartsWith,
        FilterOperator.EndsWith => FilterOperator.NEndsWith,
        FilterOperator.NEndsWith => FilterOperator.EndsWith,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown filter operator."),
    };

    /// <summary>The positive operator a negated one is <c>$not</c> of (itself when it is positive).</summary>
    public static FilterOperator Positive(FilterOperator op) => IsNegated(op) ? Complement(op) : op;

    public static bool IsPattern(FilterOperator op) => Positive(op) is FilterOperator.Contains
        or FilterOperator.StartsWith or FilterOperator.EndsWith;

    public static bool IsList(FilterOperator op) => op is FilterOperator.In or FilterOperator.Nin;

    /// <summary>The values of an <c>In</c>/<c>Nin</c> condition.</summary>
    public static IReadOnlyList<object?> ListValues(FieldCondition condition) =>
        condition.Value switch
        {
            IReadOnlyList<object?> list => list,
            IEnumerable values and not string => values.Cast<object?>().ToList(),
            _ => throw new ArgumentException($"{condition.Operator} on '{condition.Field}' needs a list of values."),
        };

    /// <summary>A <c>ListCondition</c> with <c>Any</c> and an element filter means <c>Some</c>.</summary>
    public static ListQuantifier Quantifier(ListCondition condition) =>
        condition.Quantifier == ListQuantifier.Any && condition.Element is not null ? ListQuantifier.Some : condition.Quantifier;

    private static void Validate(FieldCondition condition)
    {
        if (!Enum.IsDefined(condition.Operator))
        {
            throw new ArgumentException($"Unknown filter operator {condition.Operator} on '{condition.Field}'.");
        }

        if (IsList(condition.Operator))
        {
            foreach (var value in ListValues(condition))
            {
                ValidateScalar(condition, value);
            }
        }
        else if (IsPattern(condition.Operator))
        {
            if (condition.Value is not string)
            {
                throw new ArgumentException($"{condition.Operator} on '{condition.Field}' needs a string.");
            }
        }
        else
        {
            ValidateScalar(condition, condition.Value);
        }
    }

    private static void ValidateScalar(FieldCondition condition, object? value)
    {
        if (value is IEnumerable and not string)
        {
            throw new ArgumentException($"{condition.Operator} on '{condition.Field}' compares with single values, not lists.");
        }
    }
}
