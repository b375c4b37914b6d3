namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// MongoDB's simple collation compares strings as UTF-8 bytes, which is Unicode code point order. UTF-16
/// code unit order (<see cref="string.CompareOrdinal(string, string)"/>) agrees except that surrogate pairs
/// (above U+FFFF) sort before U+E000..U+FFFF, so the first differing units are lifted into code point order.
/// </summary>
internal static class StringOrder
{
    public static int Compare(string? a, string? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return Lift(a[common]).CompareTo(Lift(b[common]));
    }

    // Surrogates (D800-DFFF) move above E000-FFFF; everything below D800 keeps its place.
    private static int Lift(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
