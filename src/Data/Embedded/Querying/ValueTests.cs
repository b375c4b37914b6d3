using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Builds the <see cref="ValueTest{T}"/> for a positive field condition: a typed shortcut for the common
/// leaf types, otherwise the stored value as a <see cref="QueryValue"/> against a <see cref="ValuePredicate"/>.
/// The shortcuts decide exactly as the general test would.
/// </summary>
internal static class ValueTests
{
    /// <param name="condition">A normalized condition with a positive operator.</param>
    /// <param name="leaf">The step storing the value (a list's items for lists of single values).</param>
    /// <param name="path">The full path, for messages.</param>
    public static ValueTest<T> For<T>(FieldCondition condition, MappedStep leaf, string path)
    {
        var converter = ValueConverters.For<T>(leaf, path);
        QueryValue Constant(object? value) => ValueConverters.FromBson(MappedValue.Render(leaf, value));

        var shortcut = condition.Operator switch
        {
            FilterOperator.Eq when condition.Value is null && (typeof(T) == typeof(string) || leaf.IsDocumentLike) =>
                Activator.CreateInstance(typeof(TypedTests.IsNull<>).MakeGenericType(typeof(T))),
            FilterOperator.Eq when typeof(T) == typeof(string) && Constant(condition.Value) is { Rank: ValueRank.String } text =>
                new TypedTests.StringEquals(text.Text!),
            FilterOperator.In when typeof(T) == typeof(string) =>
                new TypedTests.StringIn(FilterRules.ListValues(condition).Select(Constant).ToList()),
            FilterOperator.Eq or FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte
                when (typeof(T) == typeof(DateTime) || typeof(T) == typeof(DateTime?)) && Constant(condition.Value) is { Rank: ValueRank.Date } date =>
                typeof(T) == typeof(DateTime)
                    ? new TypedTests.DateComparison(condition.Operator, date.Int64Value)
                    : new TypedTests.NullableDateComparison(condition.Operator, date.Int64Value),
            _ => (object?)null,
        };
        if (shortcut is ValueTest<T> typed)
        {
            return typed;
        }

        var predicate = Predicate(condition, Constant);
        if (typeof(T).IsEnum && Enum.GetUnderlyingType(typeof(T)) == typeof(int))
        {
            return (ValueTest<T>)Activator.CreateInstance(typeof(TypedTests.EnumTable<>).MakeGenericType(typeof(T)), converter, predicate)!;
        }

        return new TypedTests.Converted<T>(converter, predicate);
    }

    private static ValuePredicate Predicate(FieldCondition condition, Func<object?, QueryValue> constant) => condition.Operator switch
    {
        FilterOperator.Eq => ValuePredicate.EqualTo(constant(condition.Value)),
        FilterOperator.In => ValuePredicate.In(FilterRules.ListValues(condition).Select(constant)),
        FilterOperator.Gt or FilterOperator.Gte or FilterOperator.Lt or FilterOperator.Lte =>
            ValuePredicate.Comparing(condition.Operator, constant(condition.Value)),
        FilterOperator.Contains or FilterOperator.StartsWith or FilterOperator.EndsWith =>
            ValuePredicate.Pattern(condition.Operator, (string)condition.Value!),
        _ => throw new ArgumentException($"{condition.Operator} is not a positive operator."),
    };
}
