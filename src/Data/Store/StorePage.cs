namespace GraphTraining.Data.Store;

/// <summary>One page of a query: the documents in order, and the count of all matches when it was asked for.</summary>
public sealed record StorePage<T>(IReadOnlyList<T> Items, long? TotalCount);
