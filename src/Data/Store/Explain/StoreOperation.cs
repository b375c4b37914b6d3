namespace GraphTraining.Data.Store.Explain;

/// <summary>One read a request made of the store: a query, or a lookup of ids.</summary>
public sealed record StoreOperation(string Collection, Type DocumentType, StoreQuery? Query, IReadOnlyCollection<string>? Ids);
