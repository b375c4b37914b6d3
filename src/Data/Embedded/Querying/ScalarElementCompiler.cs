using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Compiles the element filter of a list of single values, where the empty path is the element itself and
/// each operator tests that one value (the operator form of <c>$elemMatch</c>: no path walking).
/// </summary>
internal static class ScalarElementCompiler
{
    public static Func<T, bool> Compile<T>(FilterNode node, MappedStep list, string path) => node switch
    {
        AllOf all => Predicates.All(all.Filters.Select(f => Compile<T>(f, list, path)).ToList()),
        AnyOf any => Predicates.Any(any.Filters.Select(f => Compile<T>(f, list, path)).ToList()),
        FieldCondition { Field.Length: 0 } condition => CompileCondition<T>(condition, list, path),
        _ => throw new ArgumentException($"'{path}' holds single values: its element filter uses the empty path."),
    };

    private static Func<T, bool> CompileCondition<T>(FieldCondition condition, MappedStep list, string path)
    {
        var normalized = FilterRules.Normalize(condition);
        if (normalized is not FieldCondition literal)
        {
            return Compile<T>(normalized, list, path);
        }

        var test = ValueTests.For<T>(literal with { Operator = FilterRules.Positive(literal.Operator) }, list, path);
        return FilterRules.IsNegated(literal.Operator) ? value => !test.Test(value) : test.Test;
    }
}
