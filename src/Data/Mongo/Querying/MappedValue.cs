using System.Globalization;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// Turns a filter value into the BSON value it is compared with. A value of the leaf's own CLR type goes
/// through the leaf's serializer, so an enum is its stored name and a timestamp its stored date whatever the
/// mapping says; other values take their plain BSON form. Both engines compare with exactly this value.
/// </summary>
internal static class MappedValue
{
    /// <param name="scalarType">The stored CLR type (a list's item type).</param>
    /// <param name="serializer">The serializer that writes it.</param>
    /// <param name="value">The filter value.</param>
    public static BsonValue Render(Type scalarType, IBsonSerializer serializer, object? value)
    {
        if (value is null)
        {
            return BsonNull.Value;
        }

        var type = value.GetType();
        if (type == scalarType || type == Nullable.GetUnderlyingType(scalarType))
        {
            return Serialize(serializer, value);
        }

        return Plain(value);
    }

    public static BsonValue Render(MappedStep leaf, object? value) =>
        leaf.IsDocumentLike ? Plain(value) : Render(leaf.ItemType, leaf.ItemSerializer, value);

    private static BsonValue Plain(object? value) => value switch
    {
        null => BsonNull.Value,
        string s => new BsonString(s),
        char c => new BsonString(c.ToString()),
        bool b => BsonBoolean.Create(b),
        int i => new BsonInt32(i),
        long l => new BsonInt64(l),
        short or byte or sbyte or ushort => new BsonInt32(Convert.ToInt32(value, CultureInfo.InvariantCulture)),
        uint u => new BsonInt64(u),
        ulong u => u <= long.MaxValue ? new BsonInt64((long)u) : new BsonDouble(u),
        float f => new BsonDouble(f),
        double d => new BsonDouble(d),

        // No stored number is a decimal, and Decimal128 is not a JavaScript number (the mingo conformance
        // suite), so a decimal compares as the integer it is or else as the nearest double.
        decimal m => decimal.Truncate(m) == m && m >= long.MinValue && m <= long.MaxValue
            ? new BsonInt64((long)m)
            : new BsonDouble((double)m),
        DateTime t => Serialize(BsonSerializer.LookupSerializer<DateTime>(), t),
        DateTimeOffset t => Serialize(BsonSerializer.LookupSerializer<DateTime>(), t.UtcDateTime),

        // Enums are stored by member name (DocumentMapping), whichever enum type the filter value has.
        Enum e => new BsonString(e.ToString()),
        _ => throw new ArgumentException($"A filter value of type {value.GetType().Name} cannot be compared with stored values."),
    };

    private static BsonValue Serialize(IBsonSerializer serializer, object value)
    {
        var holder = new BsonDocument();
        using (var writer = new BsonDocumentWriter(holder))
        {
            writer.WriteStartDocument();
            writer.WriteName("v");
            serializer.Serialize(BsonSerializationContext.CreateRoot(writer), value);
            writer.WriteEndDocument();
        }

        return holder["v"];
    }
}
