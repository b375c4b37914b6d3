using System.Collections.Concurrent;
using System.Linq.Expressions;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>A field condition's path from <typeparamref name="TRoot"/>, built once per (type, path).</summary>
internal abstract class FieldAccess<TRoot>
{
    private static readonly ConcurrentDictionary<string, FieldAccess<TRoot>> Cache = new(StringComparer.Ordinal);

    public static FieldAccess<TRoot> For(string path) => Cache.GetOrAdd(path, static p =>
    {
        var mapped = MappedPath.Resolve(typeof(TRoot), p);
        var (node, leaf) = PathChains.Build(mapped, 0, typeof(TRoot), intoLeafList: true);
        return (FieldAccess<TRoot>)Activator.CreateInstance(typeof(FieldAccess<,>).MakeGenericType(typeof(TRoot), leaf), node, mapped)!;
    });

    /// <summary>
    /// True when a value on the path passes the positive condition, negated for $not, $ne and $nin, as an
    /// expression over the document: a direct member read for a top-level member (the document itself is
    /// never null), otherwise a call into the path walker.
    /// </summary>
    public abstract Expression Express(FieldCondition positive, bool negate, ParameterExpression document);
}

internal sealed class FieldAccess<TRoot, TLeaf>(PathNode<TRoot, TLeaf> chain, MappedPath path) : FieldAccess<TRoot>
{
    public override Expression Express(FieldCondition positive, bool negate, ParameterExpression document)
    {
        var test = ValueTests.For<TLeaf>(positive, path.Leaf, path.Path);
        Expression holds;
        if (chain is MemberLeafNode<TRoot, TLeaf>)
        {
            var member = Expression.MakeMemberAccess(document, path.Leaf.MemberMap.MemberInfo);
            holds = test.Express(member.Type == typeof(TLeaf) ? member : Expression.Convert(member, typeof(TLeaf)));
        }
        else
        {
            Func<TRoot, bool> walk = value => chain.Any(value, test);
            holds = Expression.Invoke(Expression.Constant(walk), document);
        }

        return negate ? Expression.Not(holds) : holds;
    }
}
