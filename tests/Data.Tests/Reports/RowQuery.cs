using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Reports;

/// <summary>A filter or sort key for the store beside its plain LINQ meaning.</summary>
internal sealed record RowCondition<TRow>(FilterNode Filter, Func<TRow, bool> Matches, string Text);

/// <summary>A sortable row field: its element path and its value in MongoDB's order (null first; enums as their stored names).</summary>
internal sealed record RowSortKey<TRow>(string Path, Func<TRow, IComparable?> Value);
