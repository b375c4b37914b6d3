using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Compiles sort keys into a comparer with MongoDB's order ("Comparison/Sort Order", simple collation):
/// by BSON type first, null and missing equal and lowest, numbers by value, strings in code point order,
/// arrays by their smallest element ascending and largest descending; ties end in <c>_id</c> ascending.
/// </summary>
internal static class SortCompiler
{
    public static IComparer<T> Compile<T>(IReadOnlyList<SortField> sort) where T : Document
    {
        var paths = SortRules.Resolve(typeof(T), sort);
        var keys = paths.Select((path, i) => Key<T>(path, sort[i].Direction == SortDirection.Descending)).ToArray();
        return new KeyComparer<T>(keys, tieBreakById: !SortRules.SortsById(sort));
    }

    private static SortKey<T> Key<T>(MappedPath path, bool descending)
    {
        if (path.Steps.Count > 1 || path.Leaf.IsList)
        {
            return new WalkedKey<T>((SortNode<T>)Build(path, 0, typeof(T)), descending);
        }

        // A top-level single value, the usual sort: read and compare it directly.
        var leaf = path.Leaf.MemberType;
        var read = MemberReaders.For(typeof(T), path.Leaf.MemberMap, leaf);
        if (leaf == typeof(string))
        {
            return new StringKey<T>((Func<T, string?>)read, descending);
        }

        return (SortKey<T>)Activator.CreateInstance(
            typeof(ValueKey<,>).MakeGenericType(typeof(T), leaf), read, Converter(path.Leaf, path.Path), descending)!;
    }

    private static object Build(MappedPath path, int index, Type input)
    {
        var step = path.Steps[index];
        var memberType = step.IsList ? typeof(IReadOnlyList<>).MakeGenericType(step.ItemType) : step.MemberType;
        if (!memberType.IsAssignableFrom(step.MemberType))
        {
            throw new NotSupportedException($"'{path.Path}' is a {step.MemberType.Name}; the embedded engine reads lists as IReadOnlyList<T>.");
        }

        var read = MemberReaders.For(input, step.MemberMap, memberType);
        object next;
        if (index == path.Steps.Count - 1)
        {
            var convert = Converter(step, path.Path);
            if (!step.IsList)
            {
                return Create(typeof(SortMemberLeafNode<,>), [input, memberType], read, convert);
            }

            next = Create(typeof(SortLeafListNode<>), [step.ItemType], convert);
        }
        else if (step.Shape == ValueShape.Document)
        {
            next = Build(path, index + 1, step.MemberType);
        }
        else
        {
            next = Create(typeof(SortListHopNode<>), [step.ItemType], Build(path, index + 1, step.ItemType));
        }

        return Create(typeof(SortMemberNode<,>), [input, memberType], read, next);
    }

    private static object Converter(MappedStep step, string path) =>
        typeof(ValueConverters).GetMethod(nameof(ValueConverters.For))!.MakeGenericMethod(step.ItemType).Invoke(null, [step, path])!;

    private static object Create(Type definition, Type[] arguments, params object[] parameters) =>
        Activator.CreateInstance(definition.MakeGenericType(arguments), parameters)!;

    private sealed class KeyComparer<T>(SortKey<T>[] keys, bool tieBreakById) : IComparer<T>
        where T : Document
    {
        public int Compare(T? x, T? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            foreach (var key in keys)
            {
                var order = key.Compare(x, y);
                if (order != 0)
                {
                    return order;
                }
            }

            return tieBreakById ? StringOrder.Compare(x.Id, y.Id) : 0;
        }
    }

    /// <summary>One sort key's order between two documents, its direction applied.</summary>
    private abstract class SortKey<T>
    {
        public abstract int Compare(T x, T y);
    }

    private sealed class StringKey<T>(Func<T, string?> read, bool descending) : SortKey<T>
    {
        // Null orders first, as the Null rank does.
        public override int Compare(T x, T y)
        {
            var order = StringOrder.Compare(read(x), read(y));
            return descending ? -order : order;
        }
    }

    private sealed class ValueKey<T, TLeaf>(Func<T, TLeaf> read, Func<TLeaf, QueryValue> convert, bool descending) : SortKey<T>
    {
        public override int Compare(T x, T y)
        {
            var order = QueryValue.Compare(convert(read(x)), convert(read(y)));
            return descending ? -order : order;
        }
    }

    private sealed class WalkedKey<T>(SortNode<T> node, bool descending) : SortKey<T>
    {
        public override int Compare(T x, T y)
        {
            var order = QueryValue.Compare(Key(x), Key(y));
            return descending ? -order : order;
        }

        private QueryValue Key(T document)
        {
            var pick = new KeyPick(largest: descending);
            node.Visit(document, ref pick);
            return pick.Key;
        }
    }
}
