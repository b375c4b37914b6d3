using System.Collections.Concurrent;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>A list quantifier's path from <typeparamref name="TRoot"/>, built once per (type, path).</summary>
internal abstract class ListAccess<TRoot>
{
    private static readonly ConcurrentDictionary<string, ListAccess<TRoot>> Cache = new(StringComparer.Ordinal);

    public static ListAccess<TRoot> For(string path) => Cache.GetOrAdd(path, static p =>
    {
        var mapped = MappedPath.Resolve(typeof(TRoot), p);
        if (!mapped.Leaf.IsList)
        {
            throw new ArgumentException($"'{p}' is not a list, so some/all/none/any do not apply to it.");
        }

        var (node, _) = PathChains.Build(mapped, 0, typeof(TRoot), intoLeafList: false);
        return (ListAccess<TRoot>)Activator.CreateInstance(
            typeof(ListAccess<,>).MakeGenericType(typeof(TRoot), mapped.Leaf.ItemType), node, mapped)!;
    });

    public abstract Func<TRoot, bool> Bind(ListCondition condition);
}

/// <summary>
/// Evaluates exactly the MQL of <c>ElementMatchRenderer</c>: <c>Some</c> is <c>$elemMatch</c> (sub-documents
/// only, for lists of them), <c>None</c> its <c>$not</c>, <c>All</c> is "no element fails" (so a missing or
/// empty list passes), and with no element filter, <c>Some</c>/<c>Any</c> mean "has an element".
/// </summary>
internal sealed class ListAccess<TRoot, TItem>(PathNode<TRoot, IReadOnlyList<TItem>?> chain, MappedPath path)
    : ListAccess<TRoot>
{
    public override Func<TRoot, bool> Bind(ListCondition condition)
    {
        var quantifier = FilterRules.Quantifier(condition);
        if (condition.Element is null)
        {
            var nonEmpty = new ElementTest(static _ => true, skipNulls: false);
            return quantifier switch
            {
                ListQuantifier.All => static _ => true,
                ListQuantifier.None => document => !chain.Any(document, nonEmpty),
                _ => document => chain.Any(document, nonEmpty),
            };
        }

        var documents = path.Leaf.Shape == ValueShape.DocumentList;
        if (!documents)
        {
            // Accept exactly what the renderer can write as MQL.
            _ = ScalarElementForm.Terms(condition.Element, negate: quantifier == ListQuantifier.All, path.Path);
        }

        var matches = documents
            ? FilterCompiler.Compile<TItem>(condition.Element)
            : ScalarElementCompiler.Compile<TItem>(condition.Element, path.Leaf, path.Path);
        if (quantifier == ListQuantifier.All)
        {
            var fails = new ElementTest(item => !matches(item), documents);
            return document => !chain.Any(document, fails);
        }

        var some = new ElementTest(matches, documents);
        return quantifier == ListQuantifier.None
            ? document => !chain.Any(document, some)
            : document => chain.Any(document, some);
    }

    /// <summary>"Some element passes"; a value that is not a list never does.</summary>
    private sealed class ElementTest(Func<TItem, bool> matches, bool skipNulls) : ValueTest<IReadOnlyList<TItem>?>
    {
        public override bool MatchesMissing => false;

        public override bool Test(IReadOnlyList<TItem>? value)
        {
            if (value is null)
            {
                return false;
            }

            foreach (var item in ListItems.Of(value))
            {
                if ((!skipNulls || item is not null) && matches(item))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
