using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Compiles filter nodes over one mapped type (a collection's document or a list's sub-document) into one
/// lambda per query: $and/$or become short-circuit operators over direct member reads, and only paths that
/// walk sub-documents or lists call out to the shared path walkers.
/// </summary>
internal static class FilterCompiler
{
    // Compiling a lambda costs far more than evaluating it over a small collection, and the same filter comes
    // back for every page of a report; a few hundred entries cover the distinct filters in use.
    private const int CachedFilters = 512;

    private static readonly ConcurrentDictionary<(Type, string), Delegate> Cache = new();
    private static readonly Expression Always = Expression.Constant(true);
    private static readonly Expression Never = Expression.Constant(false);

    /// <summary>The compiled filter, shared by equal filters (see <see cref="FilterKey"/>) and safe across threads.</summary>
    public static Func<T, bool> Compile<T>(FilterNode node)
    {
        if (FilterKey.For(node) is not { } key)
        {
            return CompileNew<T>(node);
        }

        if (Cache.TryGetValue((typeof(T), key), out var cached))
        {
            return (Func<T, bool>)cached;
        }

        var compiled = CompileNew<T>(node);
        if (Cache.Count >= CachedFilters)
        {
            Cache.Clear();
        }

        Cache[(typeof(T), key)] = compiled;
        return compiled;
    }

    private static Func<T, bool> CompileNew<T>(FilterNode node)
    {
        var document = Expression.Parameter(typeof(T), "document");
        return Express<T>(node, document) switch
        {
            ConstantExpression { Value: true } => static _ => true,
            ConstantExpression { Value: false } => static _ => false,
            InvocationExpression { Expression: ConstantExpression { Value: Func<T, bool> single } } => single,
            var body => Expression.Lambda<Func<T, bool>>(body, document).Compile(),
        };
    }

    private static Expression Express<T>(FilterNode node, ParameterExpression document) => node switch
    {
        AllOf all => Combine(all.Filters.Select(f => Express<T>(f, document)), Expression.AndAlso, Always, Never),
        AnyOf any => Combine(any.Filters.Select(f => Express<T>(f, document)), Expression.OrElse, Never, Always),
        FieldCondition condition => ExpressCondition<T>(condition, document),
        ListCondition list => Expression.Invoke(Expression.Constant(ListAccess<T>.For(list.Field).Bind(list)), document),
        null => throw new ArgumentNullException(nameof(node)),
        _ => throw new ArgumentException($"Unknown filter node {node.GetType().Name}."),
    };

    private static Expression ExpressCondition<T>(FieldCondition condition, ParameterExpression document)
    {
        var normalized = FilterRules.Normalize(condition);
        if (normalized is not FieldCondition literal)
        {
            return Express<T>(normalized, document);
        }

        if (literal.Field.Length == 0)
        {
            throw new ArgumentException("The empty path names a list's element itself and only applies inside a filter on a list of single values.");
        }

        var positive = literal with { Operator = FilterRules.Positive(literal.Operator) };
        return FieldAccess<T>.For(literal.Field).Express(positive, FilterRules.IsNegated(literal.Operator), document);
    }

    /// <summary>Joins the parts, dropping the identity (true for AND) and collapsing on the absorbing value.</summary>
    private static Expression Combine(IEnumerable<Expression> parts, Func<Expression, Expression, Expression> join, Expression identity, Expression absorbing)
    {
        Expression? combined = null;
        foreach (var part in parts)
        {
            if (part == absorbing)
            {
                return absorbing;
            }

            if (part != identity)
            {
                combined = combined is null ? part : join(combined, part);
            }
        }

        return combined ?? identity;
    }
}
