using System.Runtime.InteropServices;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Reads a stored list as a span: deserialized lists are <see cref="List{T}"/> (or arrays), and walking their
/// storage directly avoids an interface call per element in the innermost loops.
/// </summary>
internal static class ListItems
{
    public static ReadOnlySpan<T> Of<T>(IReadOnlyList<T> list) => list switch
    {
        List<T> items => CollectionsMarshal.AsSpan(items),
        T[] items => items,
        _ => list.ToArray(),
    };
}
