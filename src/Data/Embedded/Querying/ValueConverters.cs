using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using GraphTraining.Data.Mongo.Querying;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Reads a typed member as the <see cref="QueryValue"/> its serializer stores, so the typed engine never
/// disagrees with the stored BSON. Only representations it can mirror exactly are accepted.
/// </summary>
internal static class ValueConverters
{
    private static readonly ConcurrentDictionary<Type, Delegate> Cache = new();

    // Stored documents hold UTC times; for those the driver's conversion is this subtraction (checked over
    // random ticks before and after 1970, truncating toward zero like BsonUtils).
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    /// <summary>The converter for values of <typeparamref name="T"/> at <paramref name="step"/> (a list's items for lists).</summary>
    /// <exception cref="NotSupportedException">The member is stored in a form the embedded engine does not evaluate.</exception>
    public static Func<T, QueryValue> For<T>(MappedStep step, string path)
    {
        if (step.IsDocumentLike)
        {
            return static document => document is null ? QueryValue.Null : QueryValue.Document;
        }

        CheckRepresentation(typeof(T), step.ItemSerializer, path);
        return (Func<T, QueryValue>)Cache.GetOrAdd(typeof(T), Create);
    }

    /// <summary>A rendered filter value (see <see cref="MappedValue"/>) as a <see cref="QueryValue"/>.</summary>
    public static QueryValue FromBson(BsonValue value) => value switch
    {
        BsonNull => QueryValue.Null,
        BsonString s => QueryValue.String(s.Value),
        BsonInt32 i => QueryValue.Integer(i.Value),
        BsonInt64 l => QueryValue.Integer(l.Value),
        BsonDouble d => QueryValue.Double(d.Value),
        BsonBoolean b => QueryValue.Boolean(b.Value),
        BsonDateTime t => QueryValue.Date(t.MillisecondsSinceEpoch),
        _ => throw new NotSupportedException($"The embedded engine does not compare with BSON {value.BsonType} values."),
    };

    private static Delegate Create(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return (Delegate)typeof(ValueConverters).GetMethod(nameof(NullableOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(underlying).Invoke(null, [Cache.GetOrAdd(underlying, Create)])!;
        }

        if (type.IsEnum)
        {
            return (Delegate)typeof(EnumNames<>).MakeGenericType(type).GetProperty(nameof(EnumNames<ConsoleColor>.Converter))!.GetValue(null)!;
        }

        return type switch
        {
            _ when type == typeof(string) => new Func<string?, QueryValue>(QueryValue.String),
            _ when type == typeof(bool) => new Func<bool, QueryValue>(QueryValue.Boolean),
            _ when type == typeof(int) => new Func<int, QueryValue>(static v => QueryValue.Integer(v)),
            _ when type == typeof(long) => new Func<long, QueryValue>(QueryValue.Integer),
            _ when type == typeof(double) => new Func<double, QueryValue>(QueryValue.Double),
            _ when type == typeof(DateTime) => new Func<DateTime, QueryValue>(static v => QueryValue.Date(Milliseconds(v))),
            _ => throw new NotSupportedException($"The embedded engine does not evaluate stored {type.Name} values."),
        };
    }

    /// <summary>A timestamp as <c>DateTimeSerializer</c> stores it: UTC milliseconds since the epoch.</summary>
    public static long Milliseconds(DateTime value) => value.Kind == DateTimeKind.Utc
        ? (value.Ticks - UnixEpochTicks) / TimeSpan.TicksPerMillisecond
        : BsonUtils.ToMillisecondsSinceEpoch(BsonUtils.ToUniversalTime(value));



    private static Func<T?, QueryValue> NullableOf<T>(Func<T, QueryValue> inner) where T : struct =>
        value => value.HasValue ? inner(value.GetValueOrDefault()) : QueryValue.Null;

    private static void CheckRepresentation(Type type, IBsonSerializer serializer, string path)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (serializer is IChildSerializerConfigurable child && Nullable.GetUnderlyingType(type) is not null)
        {
            serializer = child.ChildSerializer;
        }

        var expected = underlying.IsEnum ? BsonType.String
            : underlying == typeof(string) ? BsonType.String
            : underlying == typeof(bool) ? BsonType.Boolean
            : underlying == typeof(int) ? BsonType.Int32
            : underlying == typeof(long) ? BsonType.Int64
            : underlying == typeof(double) ? BsonType.Double
            : underlying == typeof(DateTime) ? BsonType.DateTime
            : (BsonType?)null;
        var stored = (serializer as IRepresentationConfigurable)?.Representation;
        var dateOnly = serializer is DateTimeSerializer { DateOnly: true };
        if (expected is null || (stored is not null && stored != expected) || dateOnly)
        {
            throw new NotSupportedException(
                $"'{path}' is stored as {stored?.ToString() ?? underlying.Name}, which the embedded engine does not evaluate.");
        }
    }

    /// <summary>Enum members as the names <c>EnumSerializer</c> writes (<c>ToString()</c>), computed once.</summary>
    private static class EnumNames<TEnum> where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, QueryValue> Names =
            Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => QueryValue.String(v.ToString()));

        // Dense int enums (all of ours) index an array instead of hashing.
        private static readonly QueryValue[]? Dense = BuildDense();

        public static Func<TEnum, QueryValue> Converter { get; } = Read;

        private static QueryValue Read(TEnum value)
        {
            if (Dense is not null)
            {
                var index = Unsafe.As<TEnum, int>(ref value);
                if ((uint)index < (uint)Dense.Length)
                {
                    return Dense[index];
                }
            }

            return Names.TryGetValue(value, out var name) ? name : QueryValue.String(value.ToString());
        }

        private static QueryValue[]? BuildDense()
        {
            if (Enum.GetUnderlyingType(typeof(TEnum)) != typeof(int))
            {
                return null;
            }

            var byNumber = Names.ToDictionary(p => System.Convert.ToInt32(p.Key, CultureInfo.InvariantCulture), p => p.Value);
            var dense = Enumerable.Range(0, byNumber.Count).All(byNumber.ContainsKey);
            return dense ? Enumerable.Range(0, byNumber.Count).Select(i => byNumber[i]).ToArray() : null;
        }
    }
}
