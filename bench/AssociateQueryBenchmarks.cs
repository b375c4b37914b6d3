using BenchmarkDotNet.Attributes;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Bench;

/// <summary>
/// Report builders' typical associates query: certified in one certification, sorted by name, first 50 with
/// totalCount. Baseline: the same predicate and order written by hand in LINQ over the same in-memory documents.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BenchConfig))]
public class AssociateQueryBenchmarks
{
    private const string CertificationId = "cert-cash-handling";
    private Workforce _workforce = null!;
    private StoreQuery _storeQuery = null!;

    [Params(10_000, 100_000)]
    public int Associates { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workforce = Workforce.For(Associates);
        _storeQuery = new StoreQuery
        {
            Filter = new ListCondition("certifications", ListQuantifier.Some, new AllOf(
            [
                new FieldCondition("certificationId", FilterOperator.Eq, CertificationId),
                new FieldCondition("status", FilterOperator.Eq, CertificationStatus.Certified),
            ])),
            Sort = [new SortField("displayName", SortDirection.Ascending)],
            Limit = 51,
            IncludeTotalCount = true,
        };
    }

    [Benchmark(Baseline = true)]
    public int HandWrittenLinq()
    {
        var matches = _workforce.Associates
            .Where(a => a.Certifications.Any(c => c.CertificationId == CertificationId && c.Status == CertificationStatus.Certified))
            .ToList();
        var page = matches.OrderBy(a => a.DisplayName, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).Take(51).ToList();
        return page.Count + matches.Count;
    }

    [Benchmark]
    public async Task<int> StoreQuery()
    {
        var page = await _workforce.Store.Associates.QueryAsync(_storeQuery);
        return page.Items.Count + (int)page.TotalCount!.Value;
    }

    [Benchmark]
    public async Task<object?> GraphQLApi() =>
        (await _workforce.ExecuteAsync($$"""
            {
              associates(first: 50, order: [{ displayName: ASC }],
                where: { certifications: { some: { certificationId: { eq: "{{Conventions.GlobalIdOf("CertificationDefinition", CertificationId)}}" }, status: { eq: CERTIFIED } } } }) {
                totalCount
                nodes { displayName }
              }
            }
            """)).Data;
}
