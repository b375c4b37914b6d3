using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Turns a <see cref="StoreQuery"/>'s filter and sort into delegates over typed documents with MongoDB's
/// meaning, so the embedded store answers exactly as MongoDB would.
/// </summary>
public static class EmbeddedQueryCompiler
{
    public static Func<T, bool> CompileFilter<T>(FilterNode? filter) where T : Document =>
        filter is null ? static _ => true : throw new NotSupportedException("Filters are not compiled yet.");

    public static IComparer<T> CompileSort<T>(IReadOnlyList<SortField> sort) where T : Document =>
        sort.Count == 0
            ? Comparer<T>.Create(static (a, b) => string.CompareOrdinal(a.Id, b.Id))
            : throw new NotSupportedException("Sorts are not compiled yet.");
}
