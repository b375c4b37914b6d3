using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>Compiles filter nodes over one mapped type: a collection's document or a list's sub-document.</summary>
internal static class FilterCompiler
{
    public static Func<T, bool> Compile<T>(FilterNode node) => node switch
    {
        AllOf all => Predicates.All(all.Filters.Select(Compile<T>).ToList()),
        AnyOf any => Predicates.Any(any.Filters.Select(Compile<T>).ToList()),
        FieldCondition condition => CompileCondition<T>(condition),
        ListCondition list => ListAccess<T>.For(list.Field).Bind(list),
        null => throw new ArgumentNullException(nameof(node)),
        _ => throw new ArgumentException($"Unknown filter node {node.GetType().Name}."),
    };

    private static Func<T, bool> CompileCondition<T>(FieldCondition condition)
    {
        var normalized = FilterRules.Normalize(condition);
        if (normalized is not FieldCondition literal)
        {
            return Compile<T>(normalized);
        }

        if (literal.Field.Length == 0)
        {
            throw new ArgumentException("The empty path names a list's element itself and only applies inside a filter on a list of single values.");
        }

        var positive = literal with { Operator = FilterRules.Positive(literal.Operator) };
        return FieldAccess<T>.For(literal.Field).Bind(positive, FilterRules.IsNegated(literal.Operator));
    }
}
