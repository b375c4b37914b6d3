using System.Collections;
using System.Globalization;
using System.Text;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// An exact text for a filter, so equal filters share one compiled delegate: every path and string is
/// length-prefixed and every value carries its CLR type. Filters holding a value whose text would not
/// identify it exactly get no key and are compiled afresh.
/// </summary>
internal static class FilterKey
{
    public static string? For(FilterNode node)
    {
        var text = new StringBuilder();
        return Write(node, text) ? text.ToString() : null;
    }

    private static bool Write(FilterNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append('-');
                return true;
            case AllOf all:
                return WriteAll('&', all.Filters, text);
            case AnyOf any:
                return WriteAll('|', any.Filters, text);
            case FieldCondition condition:
                WriteString(condition.Field, text.Append('f'));
                text.Append((int)condition.Operator).Append(':');
                return WriteValue(condition.Value, text);
            case ListCondition list:
                WriteString(list.Field, text.Append('l'));
                text.Append((int)list.Quantifier).Append(':');
                return Write(list.Element, text);
            default:
                return false;
        }
    }

    private static bool WriteAll(char kind, IReadOnlyList<FilterNode> filters, StringBuilder text)
    {
        text.Append(kind).Append(filters.Count).Append('(');
        foreach (var filter in filters)
        {
            if (!Write(filter, text))
            {
                return false;
            }
        }

        text.Append(')');
        return true;
    }

    private static bool WriteValue(object? value, StringBuilder text)
    {
        switch (value)
        {
            case null:
                text.Append('n');
                return true;
            case string s:
                WriteString(s, text.Append('s'));
                return true;
            case DateTime t:
                text.Append('t').Append(t.Ticks).Append(':').Append((int)t.Kind);
                return true;
            case DateTimeOffset t:
                text.Append('o').Append(t.UtcTicks);
                return true;
            case Enum e:
                WriteString(e.GetType().AssemblyQualifiedName!, text.Append('e'));
                text.Append(Convert.ToInt64(e, CultureInfo.InvariantCulture));
                return true;
            case bool or char or int or long or short or byte or sbyte or ushort or uint or ulong or float or double or decimal:
                text.Append('v').Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append(';');
                return true;
            case IEnumerable values:
                text.Append('[');
                foreach (var item in values)
                {
                    if (!WriteValue(item, text))
                    {
                        return false;
                    }
                }

                text.Append(']');
                return true;
            default:
                return false;
        }
    }

    private static void WriteString(string value, StringBuilder text) => text.Append(value.Length).Append(':').Append(value);
}
