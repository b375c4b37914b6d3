using System.Runtime.CompilerServices;
using GraphTraining.Data.Documents;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Exchange;

/// <summary>
/// Reads one Extended JSON line as a document of type <typeparamref name="T"/>, or says why it is not one.
/// The driver alone would accept almost anything (unknown elements are ignored so old documents keep loading),
/// so the top level is checked strictly: every element must be a member of the document and every
/// <c>required</c> member must be present and not null.
/// </summary>
internal static class ImportDocumentParser<T> where T : Document
{
    private static readonly BsonClassMap ClassMap = LookUpClassMap();
    private static readonly HashSet<string> KnownElements = ClassMap.AllMemberMaps.Select(m => m.ElementName).ToHashSet(StringComparer.Ordinal);
    private static readonly string[] RequiredElements = ClassMap.AllMemberMaps
        .Where(m => m.MemberInfo.IsDefined(typeof(RequiredMemberAttribute), inherit: false))
        .Select(m => m.ElementName)
        .ToArray();

    public static (T? Document, string? Error) Parse(string line, string collection)
    {
        BsonDocument bson;
        try
        {
            bson = BsonDocument.Parse(line);
        }
        catch (Exception e) when (e is FormatException or BsonException or EndOfStreamException)
        {
            return (null, $"not a JSON document ({e.Message})");
        }

        if (!bson.TryGetValue("_id", out var id))
        {
            return (null, "the document has no _id");
        }

        if (!id.IsString || id.AsString.Length == 0)
        {
            return (null, $"_id must be a non-empty string, not {id.BsonType}");
        }

        var unknown = bson.Names.Where(n => !KnownElements.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            return (null, $"not a {collection} document: unknown field(s) {string.Join(", ", unknown)}");
        }

        var missing = RequiredElements.Where(n => !bson.TryGetValue(n, out var value) || value.IsBsonNull).ToList();
        if (missing.Count > 0)
        {
            return (null, $"not a {collection} document: missing {string.Join(", ", missing)}");
        }

        try
        {
            return (BsonSerializer.Deserialize<T>(bson), null);
        }
        catch (Exception e) when (e is FormatException or BsonException or ArgumentException or InvalidCastException or OverflowException)
        {
            return (null, $"not a {collection} document ({e.Message})");
        }
    }

    private static BsonClassMap LookUpClassMap()
    {
        DocumentMapping.Register();
        return BsonClassMap.LookupClassMap(typeof(T));
    }
}
