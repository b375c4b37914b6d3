namespace GraphTraining.Data.Store.Explain;

/// <summary>
/// One read a request made of the store: a query, or a lookup of ids, of a collection or of report rows
/// (<see cref="DocumentType"/> a row type, <see cref="Collection"/> the rows' name). A summary of report rows
/// carries its filter in <see cref="Query"/> and its group-by paths in <see cref="GroupBy"/>.
/// </summary>
public sealed record StoreOperation(string Collection, Type DocumentType, StoreQuery? Query, IReadOnlyCollection<string>? Ids, IReadOnlyList<string>? GroupBy = null)
{
    public bool IsSummary => GroupBy is not null;
}
