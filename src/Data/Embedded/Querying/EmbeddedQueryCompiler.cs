using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Turns a <see cref="StoreQuery"/>'s filter and sort into delegates over typed documents with MongoDB's
/// meaning, so the embedded store answers exactly as MongoDB would for the MQL that
/// <c>MongoQueryRenderer</c> writes. Paths resolve through the BSON class maps; accessors are compiled
/// once per (type, path) and shared, values are compared as their stored BSON without serializing.
/// </summary>
public static class EmbeddedQueryCompiler
{
    /// <summary>
    /// A predicate for the filter (always true without one), safe to share between threads. Equal filters
    /// reuse one compiled delegate.
    /// </summary>
    /// <exception cref="ArgumentException">The filter names an unknown path or cannot be expressed in MQL.</exception>
    public static Func<T, bool> CompileFilter<T>(FilterNode? filter) where T : Document
    {
        DocumentMapping.Register();
        return filter is null ? static _ => true : FilterCompiler.Compile<T>(filter);
    }

    /// <summary>A comparer for the keys in order, ending with <c>_id</c> ascending unless <c>_id</c> is a key.</summary>
    /// <exception cref="ArgumentException">A key names an unknown path or cannot be sorted on.</exception>
    public static IComparer<T> CompileSort<T>(IReadOnlyList<SortField> sort) where T : Document
    {
        DocumentMapping.Register();
        return SortCompiler.Compile<T>(sort);
    }
}
