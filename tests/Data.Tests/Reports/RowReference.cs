using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Reports;

/// <summary>Seeded random row queries and their LINQ answers.</summary>
internal sealed class RowReference<TRow>(int seed, IReadOnlyList<Func<Random, RowCondition<TRow>>> atoms, IReadOnlyList<RowSortKey<TRow>> keys, Func<TRow, string> id)
{
    private readonly Random _random = new(seed);

    public (StoreQuery Query, RowCondition<TRow>? Condition, IReadOnlyList<(RowSortKey<TRow> Key, bool Descending)> Sort) Next()
    {
        var condition = _random.Next(6) == 0 ? null : Condition(0);
        var sort = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => keys[_random.Next(keys.Count)]).Distinct()
            .Select(k => (Key: k, Descending: _random.Next(2) == 0)).ToList();
        var query = new StoreQuery
        {
            Filter = condition?.Filter,
            Sort = [.. sort.Select(s => new SortField(s.Key.Path, s.Descending ? SortDirection.Descending : SortDirection.Ascending))],
            Skip = _random.Next(4) == 0 ? _random.Next(0, 40) : 0,
            Limit = _random.Next(3) == 0 ? null : _random.Next(0, 60),
            IncludeTotalCount = true,
        };
        return (query, condition, sort);
    }

    public (IReadOnlyList<string> Ids, int Total) Answer(IReadOnlyList<TRow> rows, RowCondition<TRow>? condition, IReadOnlyList<(RowSortKey<TRow> Key, bool Descending)> sort, StoreQuery query)
    {
        var matches = rows.Where(r => condition?.Matches(r) ?? true).ToList();
        matches.Sort((a, b) =>
        {
            foreach (var (key, descending) in sort)
            {
                var order = Compare(key.Value(a), key.Value(b));
                if (order != 0)
                {
                    return descending ? -order : order;
                }
            }

            return string.CompareOrdinal(id(a), id(b));
        });
        IEnumerable<TRow> page = matches.Skip(query.Skip);
        if (query.Limit is { } limit)
        {
            page = page.Take(limit);
        }

        return ([.. page.Select(id)], matches.Count);
    }

    public RowCondition<TRow> Condition(int depth)
    {
        var choice = _random.Next(depth >= 2 ? 10 : 14);
        if (choice < 10)
        {
            return atoms[_random.Next(atoms.Count)](_random);
        }

        var parts = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Condition(depth + 1)).ToList();
        return choice < 12
            ? new(new AllOf([.. parts.Select(p => p.Filter)]), r => parts.All(p => p.Matches(r)), $"and({string.Join(", ", parts.Select(p => p.Text))})")
            : new(new AnyOf([.. parts.Select(p => p.Filter)]), r => parts.Any(p => p.Matches(r)), $"or({string.Join(", ", parts.Select(p => p.Text))})");
    }

    private static int Compare(IComparable? a, IComparable? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string x, string y) => string.CompareOrdinal(x, y),
        _ => a.CompareTo(b),
    };
}
