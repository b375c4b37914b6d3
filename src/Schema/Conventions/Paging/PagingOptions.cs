namespace GraphTraining.Schema.Conventions.Paging;

/// <summary>The <c>GraphQL:Paging</c> configuration section.</summary>
public sealed class PagingOptions
{
    public const string SectionName = "GraphQL:Paging";

    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>The largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 100;
}
