namespace GraphTraining.Schema.Identity;

/// <summary>The identity-related keys of the <c>GraphQL</c> configuration section.</summary>
public sealed class IdentityOptions
{
    public const string SectionName = "GraphQL";

    /// <summary>Whether <c>__schema</c>/<c>__type</c> may be queried; the host turns it on in Development when unset.</summary>
    public bool? EnableIntrospection { get; set; }
}
