using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Reports;

/// <summary>
/// Flat report rows derived from the associates and the catalogs, queried and summarized by the store itself
/// (the embedded store over cached projections, MongoDB in one aggregation pipeline). Both stores give the
/// same rows in the same order and the same groups. Read-only; rows change when their associate or the
/// catalog entry they name changes.
/// </summary>
public interface IReportRows<TRow> where TRow : Document
{
    /// <summary>The rows' name in explain output and errors (<c>certificationRecords</c>).</summary>
    string Name { get; }

    /// <summary>Filters, sorts and pages over row element paths; the sort always ends with <c>_id</c> ascending.</summary>
    /// <exception cref="ArgumentException">The query names an unknown path or cannot be expressed.</exception>
    Task<StorePage<TRow>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts the rows matching <paramref name="filter"/> per distinct combination of the values at the
    /// <paramref name="groupBy"/> element paths (top-level string, enum or string-list fields; a list counts the
    /// row once per element, an empty list as null). Groups come ordered by their keys ascending, null first,
    /// strings ordinally.
    /// </summary>
    /// <exception cref="ArgumentException">A path is unknown or not groupable, or the list is empty.</exception>
    Task<IReadOnlyList<SummaryGroup>> SummarizeAsync(FilterNode? filter, IReadOnlyList<string> groupBy, CancellationToken cancellationToken = default);
}
