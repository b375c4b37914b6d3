using System.Buffers.Text;
using System.Text;
using GraphQL;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Conventions.Ids;

/// <summary>
/// Opaque Relay ids: the type name and the document id, base64url-encoded, so a client can refetch any
/// object through <c>node(id:)</c> without knowing which collection holds it.
/// </summary>
public static class GlobalId
{
    public static string Encode(string typeName, string id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id}"));

    public static bool TryDecode(string? globalId, out string typeName, out string id)
    {
        typeName = id = "";
        if (string.IsNullOrEmpty(globalId) || globalId.Length > 512 || !Base64Url.IsValid(globalId))
        {
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(globalId));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        id = text[(colon + 1)..];
        return true;
    }

    /// <summary>The document id inside a global id that must name <paramref name="typeName"/>.</summary>
    /// <exception cref="ExecutionError">With code INVALID_ID when the id is malformed or names another type.</exception>
    public static string Expect(string typeName, string? globalId)
    {
        if (TryDecode(globalId, out var actualType, out var id) && actualType == typeName)
        {
            return id;
        }

        throw new ExecutionError($"'{globalId}' is not a valid {typeName} id.") { Code = ErrorCodes.InvalidId };
    }
}
