using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace GraphTraining.Data.Documents;

/// <summary>
/// The one BSON mapping both stores use: camelCase element names, enums as strings, <c>Id</c> as <c>_id</c>,
/// UTC timestamps (BSON keeps milliseconds), and extra elements ignored so older documents keep loading
/// after a field is added. Registration is global to the driver, so it happens once per process.
/// </summary>
public static class DocumentMapping
{
    // Report rows are documents too, so queries and MQL over them name elements the same way.
    private const string ReportsNamespace = "GraphTraining.Data.Reports";

    private static readonly Lazy<bool> Registered = new(RegisterOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Register() => _ = Registered.Value;

    /// <summary>Serializes a document to the BSON bytes that are stored.</summary>
    public static byte[] ToBson<T>(T document) where T : Document
    {
        Register();
        return document.ToBson(BsonSerializer.LookupSerializer<T>());
    }

    /// <summary>Reads a document back from stored BSON bytes.</summary>
    public static T FromBson<T>(byte[] bytes) where T : Document
    {
        Register();
        return BsonSerializer.Deserialize<T>(bytes);
    }

    /// <summary>Passes a document through its stored form, so memory holds exactly what a reload would.</summary>
    public static T RoundTrip<T>(T document) where T : Document => FromBson<T>(ToBson(document));

    /// <summary>The document as canonical Extended JSON v2 on one line (the format mongoimport reads).</summary>
    public static string ToCanonicalJson<T>(T document) where T : Document
    {
        Register();
        return document.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.CanonicalExtendedJson, Indent = false });
    }

    private static bool RegisterOnce()
    {
        var pack = new ConventionPack
        {
            new CamelCaseElementNameConvention(),
            new EnumRepresentationConvention(BsonType.String, topLevelOnly: false),
            new IgnoreExtraElementsConvention(true),
        };
        ConventionRegistry.Register("GraphTraining", pack, type => type.Namespace == typeof(Document).Namespace || type.Namespace == ReportsNamespace);
        BsonSerializer.TryRegisterSerializer(new DateTimeSerializer(DateTimeKind.Utc));
        // The 3.x driver has no default Guid representation; say it once so any Guid is stored as UUID subtype 4.
        BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));
        BsonClassMap.TryRegisterClassMap<Document>(map =>
        {
            map.AutoMap();
            map.MapIdMember(d => d.Id);
            map.SetIsRootClass(false);
        });
        return true;
    }
}
