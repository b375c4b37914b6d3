using BenchmarkDotNet.Attributes;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Bench;

/// <summary>
/// A report page (expired certifications at one location, by name, first 50 with totalCount) and a dashboard
/// summary (certification rows by location and status), each against the same thing written by hand in LINQ
/// over the same in-memory associates.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ReportBenchmarks
{
    private Workforce _workforce = null!;
    private StoreQuery _page = null!;
    private string _location = "";

    [Params(10_000, 100_000)]
    public int Associates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workforce = Workforce.For(Associates);
        _location = _workforce.Associates[^1].LocationId;
        _page = new StoreQuery
        {
            Filter = new AllOf(
            [
                new FieldCondition("status", FilterOperator.Eq, CertificationStatus.Expired),
                new FieldCondition("locationId", FilterOperator.Eq, _location),
            ]),
            Sort = [new SortField("displayName", SortDirection.Ascending)],
            Limit = 51,
            IncludeTotalCount = true,
        };
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Page")]
    public int PageByHand()
    {
        var rows = _workforce.Associates
            .Where(a => a.LocationId == _location)
            .SelectMany(a => a.Certifications.Where(c => c.Status == CertificationStatus.Expired).Select(c => (Associate: a, Certification: c)))
            .ToList();
        var page = rows
            .OrderBy(r => r.Associate.DisplayName, StringComparer.Ordinal)
            .ThenBy(r => $"{r.Associate.Id}/{r.Certification.CertificationId}", StringComparer.Ordinal)
            .Take(51)
            .ToList();
        return page.Count + rows.Count;
    }

    [Benchmark]
    [BenchmarkCategory("Page")]
    public async Task<int> PageFromStore()
    {
        var page = await _workforce.Store.CertificationRecords.QueryAsync(_page);
        return page.Items.Count + (int)page.TotalCount!.Value;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Summary")]
    public int SummaryByHand() =>
        _workforce.Associates
            .SelectMany(a => a.Certifications.Select(c => (a.LocationId, c.Status)))
            .GroupBy(r => r)
            .OrderBy(g => g.Key.LocationId, StringComparer.Ordinal).ThenBy(g => g.Key.Status.ToString(), StringComparer.Ordinal)
            .Select(g => g.Count())
            .Sum();

    [Benchmark]
    [BenchmarkCategory("Summary")]
    public async Task<long> SummaryFromStore()
    {
        var groups = await _workforce.Store.CertificationRecords.SummarizeAsync(null, ["locationId", "status"]);
        return groups.Sum(g => g.Count);
    }
}
