using System.Text;
using GraphTraining.Data.Store;
using MongoDB.Bson;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// The pattern operators as regular expressions over the escaped literal: case-sensitive, no options, valid
/// and identical in meaning for MongoDB's PCRE and for JavaScript (mingo). Regexes only ever match strings.
/// </summary>
internal static class RegexLiteral
{
    // PCRE's '$' also matches before a final newline; this lookahead is the very end in both PCRE and JavaScript.
    private const string End = @"(?![\s\S])";

    public static BsonRegularExpression For(FilterOperator op, string literal)
    {
        var escaped = Escape(literal);
        var pattern = FilterRules.Positive(op) switch
        {
            FilterOperator.StartsWith => "^" + escaped,
            FilterOperator.EndsWith => escaped + End,
            _ => escaped,
        };
        return new BsonRegularExpression(pattern, string.Empty);
    }

    /// <summary>Escapes every metacharacter, and NUL, which MongoDB refuses inside a pattern.</summary>
    public static string Escape(string literal)
    {
        var builder = new StringBuilder(literal.Length + 8);
        foreach (var c in literal)
        {
            if (c == '\0')
            {
                builder.Append(@"\x00");
            }
            else
            {
                if (@"\^$.|?*+()[]{}/".Contains(c, StringComparison.Ordinal))
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
