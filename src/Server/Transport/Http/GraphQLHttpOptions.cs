namespace GraphTraining.Server.Transport.Http;

/// <summary>The <c>GraphQL</c> configuration section: everything the HTTP transport and GraphiQL can be told.</summary>
public sealed class GraphQLHttpOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Largest POST body accepted; larger ones get 413 before any parsing.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Serve queries over GET (mutations are always refused there).</summary>
    public bool AllowGet { get; set; } = true;

    /// <summary>Serve GraphiQL to browsers that GET the endpoint.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>
    /// Outside Development, let requests ask for <c>extensions: { "explain": true }</c> (the MQL of every store
    /// read). Development always allows it.
    /// </summary>
    public bool AllowExplain { get; set; }

    /// <summary>Put exception details (type, stack) in error extensions; unset means only in Development.</summary>
    public bool? ExposeExceptionDetails { get; set; }
}
