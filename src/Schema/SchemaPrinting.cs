using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphTraining.Schema;

public static class SchemaPrinting
{
    /// <summary>The SDL committed as schema.graphql, with descriptions, LF line endings and a final newline.</summary>
    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
