namespace GraphTraining.Data.Store;

/// <summary>One sort key: a dotted path of element names, as MongoDB names them.</summary>
public sealed record SortField(string Field, SortDirection Direction);
