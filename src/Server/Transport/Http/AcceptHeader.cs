using Microsoft.AspNetCore.Http.Headers;

namespace GraphTraining.Server.Transport.Http;

/// <summary>What a request's Accept header says about one media type (RFC 9110 §12.5.1).</summary>
public static class AcceptHeader
{
    /// <summary>
    /// The response media type for a GraphQL request, or null when Accept rules out both of ours (then 406).
    /// No Accept, or only wildcards, means <c>application/json</c> (graphql-http audits 80D8 and 47DE); when both
    /// are named with the same weight, the spec's <c>application/graphql-response+json</c> wins.
    /// </summary>
    public static string? NegotiateGraphQL(RequestHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.Accept.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        var json = Preference(headers, GraphQLMediaTypes.Json);
        var graphQL = Preference(headers, GraphQLMediaTypes.GraphQLResponseJson);
        if (json.Quality <= 0 && graphQL.Quality <= 0)
        {
            return null;
        }

        if (graphQL.Quality != json.Quality)
        {
            return graphQL.Quality > json.Quality ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
        }

        // Same weight: a type named outright beats one reached only through a wildcard.
        return graphQL.Explicit ? GraphQLMediaTypes.GraphQLResponseJson : GraphQLMediaTypes.Json;
    }

    /// <summary>
    /// The weight Accept gives <paramref name="mediaType"/>, from the most specific range that matches it, and
    /// whether that range names the type outright rather than through a wildcard.
    /// </summary>
    public static (double Quality, bool Explicit) Preference(RequestHeaders headers, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType[..slash];
        var best = (Quality: 0.0, Specificity: -1);
        foreach (var range in headers.Accept)
        {
            var specificity =
                range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 2
                : range.MatchesAllSubTypes && range.Type.Equals(type, StringComparison.OrdinalIgnoreCase) ? 1
                : range.MatchesAllTypes ? 0
                : -1;
            if (specificity > best.Specificity)
            {
                best = (range.Quality ?? 1.0, specificity);
            }
        }

        return (best.Quality, best.Specificity == 2);
    }
}
