using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// One positive operator applied to one stored value, with MongoDB's rules: values of another rank never
/// match (type bracketing), null stands for null and missing alike, and patterns only match strings.
/// </summary>
internal abstract class ValuePredicate
{
    public abstract bool Matches(in QueryValue value);

    public static ValuePredicate EqualTo(QueryValue constant) => new Equal(constant);

    public static ValuePredicate In(IEnumerable<QueryValue> constants) => new InSet(constants);

    public static ValuePredicate Comparing(FilterOperator op, QueryValue constant) => new Comparison(op, constant);

    public static ValuePredicate Pattern(FilterOperator op, string literal) => op switch
    {
        FilterOperator.Contains => new Contains(literal),
        FilterOperator.StartsWith => new StartsWith(literal),
        _ => new EndsWith(literal),
    };

    private sealed class Equal(QueryValue constant) : ValuePredicate
    {
        public override bool Matches(in QueryValue value) => QueryValue.AreEqual(value, constant);
    }

    private sealed class InSet : ValuePredicate
    {
        private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
        private readonly List<QueryValue> _others = [];

        public InSet(IEnumerable<QueryValue> constants)
        {
            foreach (var constant in constants)
            {
                if (constant.Rank == ValueRank.String)
                {
                    _strings.Add(constant.Text!);
                }
                else
                {
                    _others.Add(constant);
                }
            }
        }

        public override bool Matches(in QueryValue value)
        {
            if (value.Rank == ValueRank.String)
            {
                return _strings.Contains(value.Text!);
            }

            foreach (var other in _others)
            {
                if (QueryValue.AreEqual(value, other))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class Comparison(FilterOperator op, QueryValue constant) : ValuePredicate
    {
        public override bool Matches(in QueryValue value)
        {
            if (value.Rank != constant.Rank)
            {
                return false;
            }

            // $gt/$lt never match NaN; $gte/$lte match it only against NaN (ComparisonMatchExpression).
            if (value.IsNaN || constant.IsNaN)
            {
                return op is FilterOperator.Gte or FilterOperator.Lte && value.IsNaN && constant.IsNaN;
            }

            var order = QueryValue.Compare(value, constant);
            return op switch
            {
                FilterOperator.Gt => order > 0,
                FilterOperator.Gte => order >= 0,
                FilterOperator.Lt => order < 0,
                _ => order <= 0,
            };
        }
    }

    private sealed class Contains(string literal) : ValuePredicate
    {
        public override bool Matches(in QueryValue value) =>
            value.Rank == ValueRank.String && value.Text!.Contains(literal, StringComparison.Ordinal);
    }

    private sealed class StartsWith(string literal) : ValuePredicate
    {
        public override bool Matches(in QueryValue value) =>
            value.Rank == ValueRank.String && value.Text!.StartsWith(literal, StringComparison.Ordinal);
    }

    private sealed class EndsWith(string literal) : ValuePredicate
    {
        public override bool Matches(in QueryValue value) =>
            value.Rank == ValueRank.String && value.Text!.EndsWith(literal, StringComparison.Ordinal);
    }
}
