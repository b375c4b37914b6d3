using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>The <see cref="ValueTest{T}"/> implementations.</summary>
internal static class TypedTests
{
    /// <summary>The general test: the stored value as a <see cref="QueryValue"/>, judged by the predicate.</summary>
    public sealed class Converted<T>(Func<T, QueryValue> convert, ValuePredicate predicate) : ValueTest<T>
    {
        public override bool MatchesMissing { get; } = predicate.Matches(QueryValue.Null);

        public override bool Test(T value) => predicate.Matches(convert(value));
    }

    private static readonly System.Reflection.MethodInfo MillisecondsMethod = typeof(ValueConverters).GetMethod(nameof(ValueConverters.Milliseconds))!;

    /// <summary>$eq null on a string or sub-document: only null (MongoDB's null or missing) matches.</summary>
    public sealed class IsNull<T> : ValueTest<T>
    {
        public override bool MatchesMissing => true;

        public override bool Test(T value) => value is null;

        public override Expression Express(Expression value) => Expression.ReferenceEqual(value, Expression.Constant(null, value.Type));
    }

    /// <summary>$eq with a string: ordinal equality, which also rejects null.</summary>
    public sealed class StringEquals(string constant) : ValueTest<string?>
    {
        private static readonly System.Reflection.MethodInfo EqualsMethod =
            typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string), typeof(StringComparison)])!;

        public override bool MatchesMissing => false;

        public override bool Test(string? value) => string.Equals(value, constant, StringComparison.Ordinal);

        public override Expression Express(Expression value) =>
            Expression.Call(EqualsMethod, value, Expression.Constant(constant), Expression.Constant(StringComparison.Ordinal));
    }

    /// <summary>$in on a string: only the list's strings (and null, for null) can match; short lists are scanned.</summary>
    public sealed class StringIn : ValueTest<string?>
    {
        private readonly string[] _strings;
        private readonly HashSet<string>? _set;

        public StringIn(IReadOnlyList<QueryValue> constants)
        {
            _strings = constants.Where(c => c.Rank == ValueRank.String).Select(c => c.Text!).Distinct(StringComparer.Ordinal).ToArray();
            _set = _strings.Length > 8 ? new HashSet<string>(_strings, StringComparer.Ordinal) : null;
            MatchesMissing = constants.Any(c => c.Rank == ValueRank.Null);
        }

        public override bool MatchesMissing { get; }

        public override bool Test(string? value)
        {
            if (value is null)
            {
                return MatchesMissing;
            }

            if (_set is not null)
            {
                return _set.Contains(value);
            }

            foreach (var candidate in _strings)
            {
                if (string.Equals(value, candidate, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>$eq/$gt/$gte/$lt/$lte with a date: the stored milliseconds against the bound's.</summary>
    public sealed class DateComparison(FilterOperator op, long bound) : ValueTest<DateTime>
    {
        public override bool MatchesMissing => false;

        public override bool Test(DateTime value) => Holds(op, ValueConverters.Milliseconds(value).CompareTo(bound));

        public override Expression Express(Expression value)
        {
            var stored = Expression.Call(MillisecondsMethod, value);
            var constant = Expression.Constant(bound);
            return op switch
            {
                FilterOperator.Eq => Expression.Equal(stored, constant),
                FilterOperator.Gt => Expression.GreaterThan(stored, constant),
                FilterOperator.Gte => Expression.GreaterThanOrEqual(stored, constant),
                FilterOperator.Lt => Expression.LessThan(stored, constant),
                _ => Expression.LessThanOrEqual(stored, constant),
            };
        }

        public static bool Holds(FilterOperator op, int order) => op switch
        {
            FilterOperator.Eq => order == 0,
            FilterOperator.Gt => order > 0,
            FilterOperator.Gte => order >= 0,
            FilterOperator.Lt => order < 0,
            _ => order <= 0,
        };
    }

    public sealed class NullableDateComparison(FilterOperator op, long bound) : ValueTest<DateTime?>
    {
        public override bool MatchesMissing => false;

        public override bool Test(DateTime? value) =>
            value.HasValue && DateComparison.Holds(op, ValueConverters.Milliseconds(value.GetValueOrDefault()).CompareTo(bound));
    }

    /// <summary>An enum has few members, so the verdict for each is worked out once and looked up.</summary>
    public sealed class EnumTable<TEnum> : ValueTest<TEnum> where TEnum : struct, Enum
    {
        private readonly Func<TEnum, QueryValue> _convert;
        private readonly ValuePredicate _predicate;
        private readonly bool[] _verdicts;

        public EnumTable(Func<TEnum, QueryValue> convert, ValuePredicate predicate)
        {
            _convert = convert;
            _predicate = predicate;
            var members = Enum.GetValues<TEnum>();
            var largest = members.Length == 0 ? -1 : members.Max(m => Unsafe.As<TEnum, int>(ref m));
            _verdicts = new bool[Math.Clamp(largest + 1, 0, 1024)];
            for (var i = 0; i < _verdicts.Length; i++)
            {
                var member = Unsafe.As<int, TEnum>(ref i);
                _verdicts[i] = predicate.Matches(convert(member));
            }

            MatchesMissing = predicate.Matches(QueryValue.Null);
        }

        public override bool MatchesMissing { get; }

        public override bool Test(TEnum value)
        {
            var index = Unsafe.As<TEnum, int>(ref value);
            return (uint)index < (uint)_verdicts.Length ? _verdicts[index] : _predicate.Matches(_convert(value));
        }

        // (uint)value < length ? verdicts[value] : Test(value), with the table as a constant.
        public override Expression Express(Expression value)
        {
            var index = Expression.Convert(value, typeof(int));
            return Expression.Condition(
                Expression.LessThan(Expression.Convert(index, typeof(uint)), Expression.Constant((uint)_verdicts.Length)),
                Expression.ArrayIndex(Expression.Constant(_verdicts), index),
                base.Express(value));
        }
    }
}
