using System.Collections.Concurrent;
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

    /// <summary>True when a value on the path passes the positive condition; negated for $not, $ne and $nin.</summary>
    public abstract Func<TRoot, bool> Bind(FieldCondition positive, bool negate);
}

internal sealed class FieldAccess<TRoot, TLeaf>(PathNode<TRoot, TLeaf> chain, MappedPath path) : FieldAccess<TRoot>
{
    public override Func<TRoot, bool> Bind(FieldCondition positive, bool negate)
    {
        var test = ValueTests.For<TLeaf>(positive, path.Leaf, path.Path);
        return negate ? document => !chain.Any(document, test) : document => chain.Any(document, test);
    }
}
