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
        var keys = paths.Select((path, i) => (
            Node: (SortNode<T>)Build(path, 0, typeof(T)),
            Descending: sort[i].Direction == SortDirection.Descending)).ToArray();
        return new KeyComparer<T>(keys, tieBreakById: !SortRules.SortsById(sort));
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

    private sealed class KeyComparer<T>((SortNode<T> Node, bool Descending)[] keys, bool tieBreakById) : IComparer<T>
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
            foreach (var (node, descending) in keys)
            {
                var order = QueryValue.Compare(Key(node, x, descending), Key(node, y, descending));
                if (order != 0)
                {
                    return descending ? -order : order;
                }
            }

            return tieBreakById ? StringOrder.Compare(x.Id, y.Id) : 0;
        }

        private static QueryValue Key(SortNode<T> node, T document, bool descending)
        {
            var pick = new KeyPick(largest: descending);
            node.Visit(document, ref pick);
            return pick.Key;
        }
    }
}
