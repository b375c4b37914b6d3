using GraphTraining.Data.Mongo.Querying;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>Assembles the typed <see cref="PathNode{TIn, TLeaf}"/> chain for a resolved path.</summary>
internal static class PathChains
{
    /// <summary>
    /// The chain from <paramref name="input"/> (the type holding step <paramref name="index"/>) to the leaf.
    /// With <paramref name="intoLeafList"/> a list at the end is entered (field conditions); without, the
    /// list itself is the leaf (list quantifiers, MongoDB's <c>$elemMatch</c> path).
    /// </summary>
    public static (object Node, Type Leaf) Build(MappedPath path, int index, Type input, bool intoLeafList)
    {
        var step = path.Steps[index];
        var memberType = step.IsList ? typeof(IReadOnlyList<>).MakeGenericType(step.ItemType) : step.MemberType;
        if (!memberType.IsAssignableFrom(step.MemberType))
        {
            throw new NotSupportedException($"'{path.Path}' is a {step.MemberType.Name}; the embedded engine reads lists as IReadOnlyList<T>.");
        }

        var read = MemberReaders.For(input, step.MemberMap, memberType);
        if (index == path.Steps.Count - 1)
        {
            if (step.IsList && intoLeafList)
            {
                var items = Create(typeof(LeafListNode<>), [step.ItemType]);
                return (Create(typeof(MemberNode<,,>), [input, memberType, step.ItemType], read, items), step.ItemType);
            }

            return (Create(typeof(MemberLeafNode<,>), [input, memberType], read), memberType);
        }

        if (step.Shape == ValueShape.Document)
        {
            var (inner, leaf) = Build(path, index + 1, step.MemberType, intoLeafList);
            return (Create(typeof(MemberNode<,,>), [input, memberType, leaf], read, inner), leaf);
        }

        var (element, elementLeaf) = Build(path, index + 1, step.ItemType, intoLeafList);
        var hop = Create(typeof(ListHopNode<,>), [step.ItemType, elementLeaf], element);
        return (Create(typeof(MemberNode<,,>), [input, memberType, elementLeaf], read, hop), elementLeaf);
    }

    private static object Create(Type definition, Type[] arguments, params object[] parameters) =>
        Activator.CreateInstance(definition.MakeGenericType(arguments), parameters)!;
}
