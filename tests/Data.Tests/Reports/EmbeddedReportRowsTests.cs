using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Reports;

public class EmbeddedReportRowsTests(DemoReportStore demo) : IClassFixture<DemoReportStore>
{
    private static readonly DateTime[] Dates =
    [
        new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        new(2025, 11, 15, 0, 0, 0, DateTimeKind.Utc),
        new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
        new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc),
        new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc),
    ];

    private static readonly string[] Fragments = ["a", "Fork", "ing", " ", "e", "(", "Z"];

    [Fact]
    public async Task Certification_rows_filter_sort_and_page_as_LINQ_does_over_the_demo_data()
    {
        var rows = demo.Certifications;
        var reference = new RowReference<CertificationRecord>(
            2026,
            [
                RowAtoms.Equal<CertificationRecord, CertificationStatus>("status", r => r.Status, Enum.GetValues<CertificationStatus>()),
                RowAtoms.OneOf<CertificationRecord, CertificationStatus>("status", r => r.Status, Enum.GetValues<CertificationStatus>()),
                RowAtoms.Equal<CertificationRecord, AssignmentSource>("source", r => r.Source, Enum.GetValues<AssignmentSource>()),
                RowAtoms.Equal<CertificationRecord, RevocationDetermination?>("revocationDetermination", r => r.RevocationDetermination, [null, .. Enum.GetValues<RevocationDetermination>().Cast<RevocationDetermination?>()]),
                RowAtoms.Equal<CertificationRecord, string>("locationId", r => r.LocationId, Distinct(rows, r => r.LocationId)),
                RowAtoms.Equal<CertificationRecord, string?>("currentTier", r => r.CurrentTier, [null, .. Distinct(rows, r => r.CurrentTier!).Take(3)]),
                RowAtoms.Contains<CertificationRecord>("leaderIds", r => r.LeaderIds, [.. Distinct(rows.SelectMany(r => r.LeaderIds), l => l).Take(8)]),
                RowAtoms.Contains<CertificationRecord>("jobFunctionIds", r => r.JobFunctionIds, Distinct(rows.SelectMany(r => r.JobFunctionIds), j => j)),
                RowAtoms.Text<CertificationRecord>("certificationName", r => r.CertificationName, Fragments),
                RowAtoms.Text<CertificationRecord>("displayName", r => r.DisplayName, Fragments),
                RowAtoms.Range<CertificationRecord, int>("tiersCompleted", r => r.TiersCompleted, [0, 1, 2, 3]),
                RowAtoms.Range<CertificationRecord, DateTime>("expiresAt", r => r.ExpiresAt, Dates),
                RowAtoms.Range<CertificationRecord, DateTime>("assignedAt", r => r.AssignedAt, Dates),
                RowAtoms.Range<CertificationRecord, DateTime>("dueAt", r => r.DueAt, Dates),
            ],
            [
                new("status", r => r.Status.ToString()),
                new("locationId", r => r.LocationId),
                new("displayName", r => r.DisplayName),
                new("certificationName", r => r.CertificationName),
                new("currentTier", r => r.CurrentTier),
                new("tiersCompleted", r => r.TiersCompleted),
                new("expiresAt", r => r.ExpiresAt),
                new("assignedAt", r => r.AssignedAt),
                new("revocationDetermination", r => r.RevocationDetermination?.ToString()),
            ],
            r => r.Id);

        await AgreeAsync(demo.Store.CertificationRecords, rows, reference, 300);
    }

    [Fact]
    public async Task Skill_build_rows_filter_sort_and_page_as_LINQ_does_over_the_demo_data()
    {
        var rows = demo.SkillBuilds;
        var reference = new RowReference<SkillBuildRecord>(
            7,
            [
                RowAtoms.OneOf<SkillBuildRecord, ProgressStatus>("status", r => r.Status, Enum.GetValues<ProgressStatus>()),
                RowAtoms.Equal<SkillBuildRecord, string?>("certificationId", r => r.CertificationId, [null, .. Distinct(rows, r => r.CertificationId!).Take(3)]),
                RowAtoms.Equal<SkillBuildRecord, string>("checklistId", r => r.ChecklistId, [.. Distinct(rows, r => r.ChecklistId).Take(6)]),
                RowAtoms.Equal<SkillBuildRecord, string?>("lastSkillBuilderId", r => r.LastSkillBuilderId, [null, .. Distinct(rows, r => r.LastSkillBuilderId!).Take(4)]),
                RowAtoms.Range<SkillBuildRecord, int>("percentComplete", r => r.PercentComplete, [0, 25, 50, 99, 100]),
                RowAtoms.Range<SkillBuildRecord, int>("milestonesReached", r => r.MilestonesReached, [0, 1, 2]),
                RowAtoms.Range<SkillBuildRecord, DateTime>("completedAt", r => r.CompletedAt, Dates),
                RowAtoms.Range<SkillBuildRecord, DateTime>("startedAt", r => r.StartedAt, Dates),
                RowAtoms.Text<SkillBuildRecord>("checklistName", r => r.ChecklistName, Fragments),
                RowAtoms.Contains<SkillBuildRecord>("leaderIds", r => r.LeaderIds, [.. Distinct(rows.SelectMany(r => r.LeaderIds), l => l).Take(8)]),
            ],
            [
                new("status", r => r.Status.ToString()),
                new("percentComplete", r => r.PercentComplete),
                new("itemsDone", r => r.ItemsDone),
                new("checklistName", r => r.ChecklistName),
                new("completedAt", r => r.CompletedAt),
                new("lastSkillBuilderId", r => r.LastSkillBuilderId),
                new("locationId", r => r.LocationId),
            ],
            r => r.Id);

        await AgreeAsync(demo.Store.SkillBuildRecords, rows, reference, 150);
    }

    [Fact]
    public async Task Plan_rows_filter_sort_and_page_as_LINQ_does_over_the_demo_data()
    {
        var rows = demo.Plans;
        var reference = new RowReference<PlanRecord>(
            11,
            [
                RowAtoms.OneOf<PlanRecord, PlanStatus>("status", r => r.Status, Enum.GetValues<PlanStatus>()),
                RowAtoms.Equal<PlanRecord, string?>("outcomeId", r => r.OutcomeId, [null, .. Distinct(rows, r => r.OutcomeId!)]),
                RowAtoms.Equal<PlanRecord, string>("planTypeId", r => r.PlanTypeId, Distinct(rows, r => r.PlanTypeId)),
                RowAtoms.Range<PlanRecord, int>("meetingCount", r => r.MeetingCount, [0, 1, 2, 4]),
                RowAtoms.Range<PlanRecord, DateTime>("createdAt", r => r.CreatedAt, Dates),
                RowAtoms.Text<PlanRecord>("planTypeName", r => r.PlanTypeName, ["Plan", "Return", "o"]),
                RowAtoms.Text<PlanRecord>("outcomeName", r => r.OutcomeName, Fragments),
            ],
            [
                new("status", r => r.Status.ToString()),
                new("planTypeName", r => r.PlanTypeName),
                new("outcomeName", r => r.OutcomeName),
                new("createdAt", r => r.CreatedAt),
                new("noteCount", r => r.NoteCount),
                new("displayName", r => r.DisplayName),
            ],
            r => r.Id);

        await AgreeAsync(demo.Store.PlanRecords, rows, reference, 150);
    }

    [Fact]
    public async Task Every_row_has_a_unique_id_of_associate_and_element()
    {
        var certifications = await demo.Store.CertificationRecords.QueryAsync(StoreQuery.All);
        var plans = await demo.Store.PlanRecords.QueryAsync(StoreQuery.All);

        Assert.Equal(demo.Data.Associates.Sum(a => a.Certifications.Count), certifications.Items.Count);
        Assert.Equal(certifications.Items.Count, certifications.Items.Select(r => r.Id).Distinct().Count());
        Assert.All(certifications.Items, r => Assert.Equal($"{r.AssociateId}/{r.CertificationId}", r.Id));
        Assert.Equal(plans.Items.Count, plans.Items.Select(r => r.Id).Distinct().Count());
        Assert.True(certifications.Items.Count > 200, $"The demo data should give many rows, got {certifications.Items.Count}.");
    }

    private static async Task AgreeAsync<TRow>(IReportRows<TRow> store, IReadOnlyList<TRow> rows, RowReference<TRow> reference, int count)
        where TRow : Document
    {
        var nonEmpty = 0;
        for (var i = 0; i < count; i++)
        {
            var (query, condition, sort) = reference.Next();
            var (expected, total) = reference.Answer(rows, condition, sort, query);

            var page = await store.QueryAsync(query);

            var described = $"#{i} where {condition?.Text ?? "-"} order {string.Join(", ", query.Sort.Select(s => $"{s.Field} {s.Direction}"))} skip {query.Skip} limit {query.Limit}";
            Assert.True(expected.SequenceEqual(page.Items.Select(r => r.Id)), described);
            Assert.Equal(total, page.TotalCount);
            nonEmpty += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(nonEmpty > count / 4, $"Only {nonEmpty} of {count} queries returned rows; the generator is too narrow to prove much.");
    }

    private static List<TValue> Distinct<TRow, TValue>(IEnumerable<TRow> rows, Func<TRow, TValue> value) =>
        [.. rows.Select(value).Where(v => v is not null).Distinct().Order()];
}
