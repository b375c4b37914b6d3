using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Reports;

/// <summary>Single conditions on a row field with their MongoDB meaning written out in LINQ.</summary>
internal static class RowAtoms
{
    public static Func<Random, RowCondition<TRow>> Equal<TRow, TValue>(string path, Func<TRow, TValue> value, IReadOnlyList<TValue> choices) =>
        random =>
        {
            var chosen = choices[random.Next(choices.Count)];
            return random.Next(3) == 0
                ? new(new FieldCondition(path, FilterOperator.Neq, chosen), r => !Equals(value(r), chosen), $"{path} != {chosen}")
                : new(new FieldCondition(path, FilterOperator.Eq, chosen), r => Equals(value(r), chosen), $"{path} == {chosen}");
        };

    public static Func<Random, RowCondition<TRow>> OneOf<TRow, TValue>(string path, Func<TRow, TValue> value, IReadOnlyList<TValue> choices) =>
        random =>
        {
            var chosen = choices.Where(_ => random.Next(2) == 0).ToList();
            var negate = random.Next(3) == 0;
            return new(
                new FieldCondition(path, negate ? FilterOperator.Nin : FilterOperator.In, chosen.Cast<object?>().ToList()),
                r => chosen.Contains(value(r)) != negate,
                $"{path} {(negate ? "nin" : "in")} [{string.Join(",", chosen)}]");
        };

    /// <summary>Range operators: a null never compares, the negated forms match it.</summary>
    public static Func<Random, RowCondition<TRow>> Range<TRow, TValue>(string path, Func<TRow, TValue?> value, IReadOnlyList<TValue> choices)
        where TValue : struct, IComparable<TValue> =>
        random =>
        {
            var chosen = choices[random.Next(choices.Count)];
            var (op, test) = random.Next(6) switch
            {
                0 => (FilterOperator.Lt, (Func<int, bool>)(c => c < 0)),
                1 => (FilterOperator.Lte, c => c <= 0),
                2 => (FilterOperator.Gt, c => c > 0),
                3 => (FilterOperator.Gte, c => c >= 0),
                4 => (FilterOperator.Nlt, c => !(c < 0)),
                _ => (FilterOperator.Ngte, c => !(c >= 0)),
            };
            var negated = op is FilterOperator.Nlt or FilterOperator.Ngte;
            return new(
                new FieldCondition(path, op, chosen),
                r => value(r) is { } v ? test(v.CompareTo(chosen)) : negated,
                $"{path} {op} {chosen}");
        };

    public static Func<Random, RowCondition<TRow>> Text<TRow>(string path, Func<TRow, string?> value, IReadOnlyList<string> fragments) =>
        random =>
        {
            var chosen = fragments[random.Next(fragments.Count)];
            var (op, test) = random.Next(4) switch
            {
                0 => (FilterOperator.StartsWith, (Func<string, bool>)(s => s.StartsWith(chosen, StringComparison.Ordinal))),
                1 => (FilterOperator.EndsWith, s => s.EndsWith(chosen, StringComparison.Ordinal)),
                2 => (FilterOperator.NContains, s => !s.Contains(chosen, StringComparison.Ordinal)),
                _ => (FilterOperator.Contains, s => s.Contains(chosen, StringComparison.Ordinal)),
            };
            return new(
                new FieldCondition(path, op, chosen),
                r => value(r) is { } s ? test(s) : op == FilterOperator.NContains,
                $"{path} {op} '{chosen}'");
        };

    /// <summary>A list of ids: the path form (some element equals) or <c>some</c> with an element condition.</summary>
    public static Func<Random, RowCondition<TRow>> Contains<TRow>(string path, Func<TRow, IReadOnlyList<string>> value, IReadOnlyList<string> choices) =>
        random =>
        {
            var chosen = choices[random.Next(choices.Count)];
            return random.Next(3) switch
            {
                0 => new(new ListCondition(path, ListQuantifier.Some, new FieldCondition("", FilterOperator.Eq, chosen)), r => value(r).Contains(chosen), $"{path} some == {chosen}"),
                1 => new(new ListCondition(path, ListQuantifier.None, new FieldCondition("", FilterOperator.Eq, chosen)), r => !value(r).Contains(chosen), $"{path} none == {chosen}"),
                _ => new(new FieldCondition(path, FilterOperator.Eq, chosen), r => value(r).Contains(chosen), $"{path} == {chosen}"),
            };
        };
}
