namespace GraphTraining.Data.Store;

/// <summary>What to read from a collection: built once from the API's input, executed natively by each store.</summary>
public sealed record StoreQuery
{
    public static StoreQuery All { get; } = new();

    public FilterNode? Filter { get; init; }

    public IReadOnlyList<SortField> Sort { get; init; } = [];

    public int Skip { get; init; }

    /// <summary>How many documents at most; null reads to the end.</summary>
    public int? Limit { get; init; }

    /// <summary>Counts every match (ignoring skip and limit); only asked for when the client selects it.</summary>
    public bool IncludeTotalCount { get; init; }
}
