using GraphQL.Types.Relay.DataObjects;

namespace GraphTraining.Schema.Conventions.Paging;

/// <summary>One page of a Relay connection; <see cref="TotalCount"/> is only computed when selected.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, long? TotalCount);
