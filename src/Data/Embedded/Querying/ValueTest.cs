using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// A positive condition on one typed value reached by a path, and its verdict where the path ends early
/// (a null sub-document or list on the way: MongoDB's missing value).
/// </summary>
internal abstract class ValueTest<T>
{
    public abstract bool MatchesMissing { get; }

    public abstract bool Test(T value);
}

/// <summary>Builds the <see cref="ValueTest{T}"/> for a positive field condition.</summary>
internal static class ValueTests
{
    /// <param name="condition">A normalized condition with a positive operator.</param>
    /// <param name="leaf">The step storing the value (a list's items for lists of single values).</param>
    /// <param name="path">The full path, for messages.</param>
    public static ValueTest<T> For<T>(FieldCondition condition, MappedStep leaf, string path)
    {
        var converter = ValueConverters.For<T>(leaf, path);
        if (typeof(T) == typeof(string) && condition.Operator == FilterOperator.Eq && condition.Value is string text
            && ValueConverters.FromBson(MappedValue.Render(leaf, text)) is { Rank: ValueRank.String } constant)
        {
            // The commonest filter skips the conversion: ordinal equality is $eq on two strings.
            return (ValueTest<T>)(object)new StringEquals(constant.Text!);
        }

        return new Converted<T>(converter, Predicate(condition, leaf));
    }

    private static ValuePredicate Predicate(FieldCondition condition, MappedStep leaf)
    {
        QueryValue Constant(object? value) => ValueConverters.FromBson(MappedValue.Render(leaf, value));

        return condition.Operator switch
        {
            FilterOperator.Eq => ValuePredicate.EqualTo(Constant(condition.Value)),
            FilterOperator.In => ValuePredicate.In(FilterRules.ListValues(condition).Select(Constant)),
            FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte =>
                ValuePredicate.Comparing(condition.Operator, Constant(condition.Value)),
            FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith =>
                ValuePredicate.Pattern(condition.Operator, (string)condition.Value!),
            _ => throw new ArgumentException($"{condition.Operator} is not a positive operator."),
        };
    }

    private sealed class Converted<T>(Func<T, QueryValue> convert, ValuePredicate predicate) : ValueTest<T>
    {
        public override bool MatchesMissing { get; } = predicate.Matches(QueryValue.Null);

        public override bool Test(T value) => predicate.Matches(convert(value));
    }

    private sealed class StringEquals(string constant) : ValueTest<string?>
    {
        public override bool MatchesMissing => false;

        public override bool Test(string? value) => string.Equals(value, constant, StringComparison.Ordinal);
    }
}
