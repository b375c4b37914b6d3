namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// A stored value as MongoDB compares it, without allocating: its rank, and a number (64-bit integer or
/// double, compared exactly across the two), a string, a boolean or a date in milliseconds.
/// </summary>
internal readonly struct QueryValue
{
    private readonly long _integer;
    private readonly double _double;
    private readonly string? _string;
    private readonly bool _isDouble;

    private QueryValue(ValueRank rank, long integer = 0, double number = 0, string? text = null, bool isDouble = false)
    {
        Rank = rank;
        _integer = integer;
        _double = number;
        _string = text;
        _isDouble = isDouble;
    }

    public static QueryValue Null => new(ValueRank.Null);

    public static QueryValue Undefined => new(ValueRank.Undefined);

    public static QueryValue Document => new(ValueRank.Document);

    public ValueRank Rank { get; }

    public string? Text => _string;

    /// <summary>The 64-bit integer, boolean (0/1) or milliseconds since the epoch, by rank.</summary>
    public long Int64Value => _integer;

    public bool IsNaN => _isDouble && double.IsNaN(_double);

    public static QueryValue Integer(long value) => new(ValueRank.Number, integer: value);

    public static QueryValue Double(double value) => new(ValueRank.Number, number: value, isDouble: true);

    public static QueryValue String(string? value) => value is null ? Null : new(ValueRank.String, text: value);

    public static QueryValue Boolean(bool value) => new(ValueRank.Boolean, integer: value ? 1 : 0);

    public static QueryValue Date(long millisecondsSinceEpoch) => new(ValueRank.Date, integer: millisecondsSinceEpoch);

    /// <summary>Equality as <c>$eq</c> sees it: same rank and equal value (NaN equals NaN, 1 equals 1.0).</summary>
    public static bool AreEqual(in QueryValue a, in QueryValue b) =>
        a.Rank == b.Rank && (a.Rank != ValueRank.String
            ? Compare(a, b) == 0
            : string.Equals(a._string, b._string, StringComparison.Ordinal));

    /// <summary>MongoDB's total order: by rank, then by value; NaN is below every other number.</summary>
    public static int Compare(in QueryValue a, in QueryValue b)
    {
        if (a.Rank != b.Rank)
        {
            return a.Rank.CompareTo(b.Rank);
        }

        return a.Rank switch
        {
            ValueRank.Number => CompareNumbers(a, b),
            ValueRank.String => StringOrder.Compare(a._string, b._string),
            ValueRank.Boolean or ValueRank.Date => a._integer.CompareTo(b._integer),
            _ => 0,
        };
    }

    private static int CompareNumbers(in QueryValue a, in QueryValue b) => (a._isDouble, b._isDouble) switch
    {
        (false, false) => a._integer.CompareTo(b._integer),
        (true, true) => CompareDoubles(a._double, b._double),
        (false, true) => CompareIntegerToDouble(a._integer, b._double),
        (true, false) => -CompareIntegerToDouble(b._integer, a._double),
    };

    private static int CompareDoubles(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return double.IsNaN(x) ? (double.IsNaN(y) ? 0 : -1) : 1;
        }

        return x < y ? -1 : x > y ? 1 : 0;
    }

    // Exact: converting the long to double would round above 2^53.
    private static int CompareIntegerToDouble(long integer, double number)
    {
        if (double.IsNaN(number))
        {
            return 1;
        }

        if (number >= 9223372036854775808.0)
        {
            return -1;
        }

        if (number < -9223372036854775808.0)
        {
            return 1;
        }

        var whole = Math.Truncate(number);
        var byWhole = integer.CompareTo((long)whole);
        if (byWhole != 0)
        {
            return byWhole;
        }

        var fraction = number - whole;
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0;
    }
}
