using System.Runtime.CompilerServices;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded.Querying;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Embedded.Reports;

/// <summary>
/// Report rows over the in-memory associates. Each associate's rows are projected once and cached against the
/// document instance (documents are immutable, so a write makes a new instance and the old entry is collected)
/// and the catalog snapshot they were computed with; then the query engine filters, sorts and pages them.
/// </summary>
internal sealed class EmbeddedReportRows<TRow>(
    string name,
    EmbeddedCollection<AssociateDocument> associates,
    EmbeddedReportCatalog catalog,
    Func<AssociateDocument, ReportCatalog, IReadOnlyList<TRow>> project) : IReportRows<TRow>
    where TRow : Document
{
    private static readonly string?[] NullKey = [null];

    private readonly ConditionalWeakTable<AssociateDocument, Projected> _cache = [];

    public string Name => name;

    public Task<StorePage<TRow>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var predicate = EmbeddedQueryCompiler.CompileFilter<TRow>(query.Filter);
        var order = EmbeddedQueryCompiler.CompileSort<TRow>(query.Sort);
        var matches = Rows(query.Filter, cancellationToken).Where(predicate).ToList();
        var total = matches.Count;
        return Task.FromResult(new StorePage<TRow>(TopRows.Page(matches, order, query.Skip, query.Limit), query.IncludeTotalCount ? total : null));
    }

    public Task<IReadOnlyList<SummaryGroup>> SummarizeAsync(FilterNode? filter, IReadOnlyList<string> groupBy, CancellationToken cancellationToken = default)
    {
        var paths = GroupPath.Resolve<TRow>(groupBy);
        var predicate = EmbeddedQueryCompiler.CompileFilter<TRow>(filter);
        var counts = new Dictionary<GroupKey, long>();
        var hasList = paths.Any(p => p.IsList);
        foreach (var row in Rows(filter, cancellationToken).Where(predicate))
        {
            if (!hasList)
            {
                var key = new GroupKey(ScalarKey(row, paths));
                counts[key] = counts.GetValueOrDefault(key) + 1;
                continue;
            }

            foreach (var key in Keys(row, paths))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var groups = counts.Select(c => new SummaryGroup(c.Key.Values, c.Value)).ToList();
        groups.Sort(SummaryGroupOrder.Instance);
        return Task.FromResult<IReadOnlyList<SummaryGroup>>(groups);
    }

    // Associates the filter's associate-level part rules out are skipped before their rows are touched.
    private IEnumerable<TRow> Rows(FilterNode? filter, CancellationToken cancellationToken)
    {
        var current = catalog.Current();
        var admits = EmbeddedQueryCompiler.CompileFilter<AssociateDocument>(AssociateFilterLift.Lift(filter));
        foreach (var associate in associates.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!admits(associate))
            {
                continue;
            }

            if (!_cache.TryGetValue(associate, out var projected) || !ReferenceEquals(projected.Catalog, current))
            {
                projected = new Projected(current, project(associate, current));
                _cache.AddOrUpdate(associate, projected);
            }

            foreach (var row in projected.Rows)
            {
                yield return row;
            }
        }
    }

    private static string?[] ScalarKey(TRow row, IReadOnlyList<GroupPath> paths)
    {
        var key = new string?[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            key[i] = paths[i].Getter(row) switch
            {
                null => null,
                Enum e => e.ToString(),
                var value => (string)value,
            };
        }

        return key;
    }

    /// <summary>Every key combination a row counts towards: one per element of a list path (null for an empty list), as <c>$unwind</c> with preserveNullAndEmptyArrays.</summary>
    private static IEnumerable<GroupKey> Keys(TRow row, IReadOnlyList<GroupPath> paths)
    {
        IEnumerable<string?[]> keys = [new string?[paths.Count]];
        for (var i = 0; i < paths.Count; i++)
        {
            var index = i;
            var value = paths[i].Getter(row);
            IReadOnlyList<string?> choices = value switch
            {
                IReadOnlyList<string> { Count: > 0 } list => (IReadOnlyList<string?>)list,
                IReadOnlyList<string> or null => NullKey,
                Enum e => [e.ToString()],
                _ => [(string)value],
            };
            keys = keys.SelectMany(k => choices.Select(choice =>
            {
                var next = (string?[])k.Clone();
                next[index] = choice;
                return next;
            }));
        }

        return keys.Select(k => new GroupKey(k));
    }

    private sealed record Projected(ReportCatalog Catalog, IReadOnlyList<TRow> Rows);

    private sealed class GroupKey(string?[] values) : IEquatable<GroupKey>
    {
        public string?[] Values => values;

        public bool Equals(GroupKey? other) => other is not null && values.AsSpan().SequenceEqual(other.Values, StringComparer.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as GroupKey);

        public override int GetHashCode()
        {
            var hash = default(HashCode);
            foreach (var value in values)
            {
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
