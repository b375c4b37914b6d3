using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Reports;

public class EmbeddedSummaryTests(DemoReportStore demo) : IClassFixture<DemoReportStore>
{
    public static TheoryData<string[]> CertificationGroupings => new()
    {
        { ["locationId"] },
        { ["jobFunctionIds"] },
        { ["certificationId"] },
        { ["status"] },
        { ["locationId", "status"] },
        { ["jobFunctionIds", "certificationId"] },
        { ["status", "jobFunctionIds", "locationId"] },
    };

    [Theory]
    [MemberData(nameof(CertificationGroupings))]
    public async Task Certification_summaries_count_as_LINQ_GroupBy_does(string[] groupBy)
    {
        var filter = new FieldCondition("status", FilterOperator.Neq, CertificationStatus.Assigned);
        var expected = Reference(demo.Certifications.Where(r => r.Status != CertificationStatus.Assigned), groupBy, new Dictionary<string, Func<CertificationRecord, IEnumerable<string?>>>
        {
            ["locationId"] = r => [r.LocationId],
            ["jobFunctionIds"] = r => r.JobFunctionIds.Count == 0 ? [null] : r.JobFunctionIds.Cast<string?>(),
            ["certificationId"] = r => [r.CertificationId],
            ["status"] = r => [r.Status.ToString()],
        });

        var groups = await demo.Store.CertificationRecords.SummarizeAsync(filter, groupBy);

        Assert.Equal(expected, Render(groups));
        Assert.True(groups.Count > 1);
    }

    [Fact]
    public async Task Skill_build_and_plan_summaries_count_as_LINQ_GroupBy_does()
    {
        var checklists = await demo.Store.SkillBuildRecords.SummarizeAsync(null, ["checklistId", "status"]);
        var plans = await demo.Store.PlanRecords.SummarizeAsync(null, ["planTypeId", "outcomeId", "status"]);

        Assert.Equal(
            Reference(demo.SkillBuilds, ["checklistId", "status"], new Dictionary<string, Func<SkillBuildRecord, IEnumerable<string?>>>
            {
                ["checklistId"] = r => [r.ChecklistId],
                ["status"] = r => [r.Status.ToString()],
            }),
            Render(checklists));
        Assert.Equal(
            Reference(demo.Plans, ["planTypeId", "outcomeId", "status"], new Dictionary<string, Func<PlanRecord, IEnumerable<string?>>>
            {
                ["planTypeId"] = r => [r.PlanTypeId],
                ["outcomeId"] = r => [r.OutcomeId],
                ["status"] = r => [r.Status.ToString()],
            }),
            Render(plans));
        Assert.Contains(plans, g => g.Keys[1] is null);
    }

    [Theory]
    [InlineData("displayName_")]
    [InlineData("tiersCompleted")]
    [InlineData("expiresAt")]
    public async Task Grouping_by_an_unknown_or_ungroupable_field_is_refused(string path)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => demo.Store.CertificationRecords.SummarizeAsync(null, [path]));
    }

    [Fact]
    public async Task A_rewritten_catalog_name_reaches_the_cached_rows()
    {
        await using var store = new EmbeddedTrainingStore();
        await store.Certifications.InsertAsync(new CertificationDefinitionDocument { Id = "c1", Name = "Forklift" });
        await store.Associates.InsertAsync(new AssociateDocument
        {
            Id = "a1", EmployeeNumber = "1", FirstName = "A", LastName = "B", DisplayName = "A B", LocationId = "l1",
            Certifications = [new AssociateCertification { CertificationId = "c1" }],
        });
        var before = await store.CertificationRecords.QueryAsync(StoreQuery.All);

        var definition = (await store.Certifications.GetByIdsAsync(["c1"]))[0];
        await store.Certifications.ReplaceAsync(definition with { Name = "Reach truck" });
        var after = await store.CertificationRecords.QueryAsync(StoreQuery.All);

        Assert.Equal("Forklift", Assert.Single(before.Items).CertificationName);
        Assert.Equal("Reach truck", Assert.Single(after.Items).CertificationName);
    }

    private static List<string> Reference<TRow>(IEnumerable<TRow> rows, string[] groupBy, Dictionary<string, Func<TRow, IEnumerable<string?>>> keys)
    {
        IEnumerable<(TRow Row, string?[] Key)> expanded = rows.Select(r => (r, Array.Empty<string?>()));
        foreach (var path in groupBy)
        {
            expanded = expanded.SelectMany(e => keys[path](e.Row).Select(k => (e.Row, (string?[])[.. e.Key, k])));
        }

        return [.. expanded
            .GroupBy(e => string.Join("|", e.Key.Select(k => k ?? "\0")))
            .Select(g => (g.First().Key, Count: g.LongCount()))
            .Order(Comparer<(string?[] Key, long Count)>.Create((x, y) => x.Key.Zip(y.Key, NullFirst).FirstOrDefault(c => c != 0)))
            .Select(g => $"{string.Join("|", g.Key.Select(k => k ?? "null"))}: {g.Count}")];
    }

    private static int NullFirst(string? a, string? b) => a is null ? (b is null ? 0 : -1) : b is null ? 1 : string.CompareOrdinal(a, b);

    private static List<string> Render(IReadOnlyList<SummaryGroup> groups) =>
        [.. groups.Select(g => $"{string.Join("|", g.Keys.Select(k => k ?? "null"))}: {g.Count}")];
}
