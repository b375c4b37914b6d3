using System.Text.Json.Nodes;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Reports;

public class ReportQueriesTests
{
    private const string Rows = """
        query($where: CertificationRecordFilterInput, $order: [CertificationRecordSortInput!], $first: Int, $after: String) {
          certificationRecords(where: $where, order: $order, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            nodes { employeeNumber certificationName status currentTier tiersCompleted associate { displayName } location { name } }
          }
        }
        """;

    [Fact]
    public async Task Rows_filter_by_enum_and_date_range_and_sort_by_several_keys()
    {
        await using var host = await HostAsync();

        var response = await host.ExecuteAsync(Rows, new
        {
            where = new
            {
                status = new { @in = new[] { "CERTIFIED", "EXPIRED" } },
                expiresAt = new { gte = "2026-01-01T00:00:00Z", lt = "2027-01-01T00:00:00Z" },
            },
            order = new object[] { new { certificationName = "DESC" }, new { employeeNumber = "ASC" } },
        });

        var nodes = Nodes(response);
        Assert.Equal(["E-a2|Reach (truck) 2.0+", "E-a1|Forklift", "E-a3|Forklift"], nodes.Select(n => $"{n["employeeNumber"]}|{n["certificationName"]}"));
        Assert.Equal("Advanced", nodes[1]["currentTier"]!.GetValue<string>());
        Assert.Equal("Associate a1", nodes[1]["associate"]!["displayName"]!.GetValue<string>());
        Assert.Equal("Main Street", nodes[1]["location"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Contains_takes_regex_characters_literally_and_ids_are_global()
    {
        await using var host = await HostAsync();

        var literal = Nodes(await host.ExecuteAsync(Rows, new { where = new { certificationName = new { contains = "(truck) 2.0+" } } }));
        var pattern = Nodes(await host.ExecuteAsync(Rows, new { where = new { certificationName = new { contains = "R.*" } } }));
        var byLocation = Nodes(await host.ExecuteAsync(Rows, new { where = new { locationId = new { eq = GlobalId.Encode("Location", "loc-2") } } }));

        Assert.Equal(3, literal.Count);
        Assert.Empty(pattern);
        Assert.Equal(["E-a3", "E-a3"], byLocation.Select(n => n["employeeNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Paging_with_cursors_visits_every_row_once_and_counts_them_all()
    {
        await using var host = await HostAsync();
        var seen = new List<string>();
        string? after = null;
        do
        {
            var connection = JsonAssert.Data(await host.ExecuteAsync(Rows, new { first = 2, after, order = new[] { new { employeeNumber = "ASC" } } }))["certificationRecords"]!;
            Assert.Equal(6, connection["totalCount"]!.GetValue<int>());
            seen.AddRange(connection["nodes"]!.AsArray().Select(n => $"{n!["employeeNumber"]}|{n["certificationName"]}"));
            after = connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? connection["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(6, seen.Count);
        Assert.Equal(6, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal).Select(s => s.Split('|')[0]), seen.Select(s => s.Split('|')[0]));
    }

    [Fact]
    public async Task Certification_summary_counts_by_one_key_and_by_two()
    {
        await using var host = await HostAsync();

        var byStatus = await host.ExecuteAsync("{ certificationSummary(groupBy: [STATUS]) { status count } }");
        var byLocationAndCertification = await host.ExecuteAsync("""
            { certificationSummary(groupBy: [LOCATION, CERTIFICATION], where: { status: { neq: ASSIGNED } }) { location { name } certification { name } status count } }
            """);

        Assert.Equal(["ASSIGNED:2", "CERTIFIED:2", "EXPIRED:1", "REVOKED:1"], Groups(byStatus, "certificationSummary", g => $"{g["status"]}:{g["count"]}"));
        Assert.Equal(
            ["Main Street/Forklift:2", "Main Street/Reach (truck) 2.0+:1", "Harbour/Forklift:1"],
            Groups(byLocationAndCertification, "certificationSummary", g => $"{g["location"]!["name"]}/{g["certification"]!["name"]}:{g["count"]}"));
        Assert.All(JsonAssert.Data(byLocationAndCertification)["certificationSummary"]!.AsArray(), g => Assert.Null(g!["status"]));
    }

    [Fact]
    public async Task Job_function_summaries_count_an_associate_under_each_job_function_and_null_without_one()
    {
        await using var host = await HostAsync();

        var response = await host.ExecuteAsync("{ skillBuildSummary(groupBy: [JOB_FUNCTION, STATUS]) { jobFunction { name } status count } }");

        Assert.Equal(
            ["-/NOT_STARTED:1", "Picker/COMPLETED:1", "Picker/IN_PROGRESS:1", "Driver/IN_PROGRESS:1"],
            Groups(response, "skillBuildSummary", g => $"{g["jobFunction"]?["name"]?.GetValue<string>() ?? "-"}/{g["status"]}:{g["count"]}"));
    }

    [Fact]
    public async Task Plan_outcome_summary_counts_plans_by_type_and_outcome()
    {
        await using var host = await HostAsync();

        var response = await host.ExecuteAsync("{ planOutcomeSummary(groupBy: [PLAN_TYPE, OUTCOME]) { planType { name } outcome { name } count } }");
        var rows = await host.ExecuteAsync("{ planRecords(order: [{ createdAt: DESC }]) { nodes { planTypeName outcomeName meetingCount } } }");

        Assert.Equal(["PIP/-:1", "PIP/Passed:1"], Groups(response, "planOutcomeSummary", g => $"{g["planType"]!["name"]}/{g["outcome"]?["name"]?.GetValue<string>() ?? "-"}:{g["count"]}"));
        Assert.Equal(["PIP|Passed|2", "PIP||0"], JsonAssert.Data(rows)["planRecords"]!["nodes"]!.AsArray().Select(n => $"{n!["planTypeName"]}|{n["outcomeName"]}|{n["meetingCount"]}"));
    }

    [Fact]
    public async Task An_unknown_group_by_value_is_refused_before_anything_runs()
    {
        await using var host = await HostAsync();

        var response = await host.ExecuteAsync("{ certificationSummary(groupBy: [CHECKLIST]) { count } }");

        Assert.NotNull(JsonAssert.FirstErrorCode(response));
        Assert.Null(response["data"]);
    }

    [Fact]
    public async Task An_empty_operator_object_is_an_invalid_filter()
    {
        await using var host = await HostAsync();

        var rows = await host.ExecuteAsync("{ certificationRecords(where: { status: {} }) { totalCount } }");
        var summary = await host.ExecuteAsync("{ planOutcomeSummary(groupBy: [STATUS], where: { outcomeName: {} }) { count } }");

        Assert.Equal("INVALID_FILTER", JsonAssert.FirstErrorCode(rows));
        Assert.Equal("INVALID_FILTER", JsonAssert.FirstErrorCode(summary));
    }

    private static List<JsonNode> Nodes(JsonObject response) =>
        [.. JsonAssert.Data(response)["certificationRecords"]!["nodes"]!.AsArray().Select(n => n!)];

    private static List<string> Groups(JsonObject response, string field, Func<JsonNode, string> render) =>
        [.. JsonAssert.Data(response)[field]!.AsArray().Select(g => render(g!))];

    /// <summary>Three associates at two locations, with certifications in every state worth reporting, checklists and plans.</summary>
    private static async Task<SchemaTestHost> HostAsync()
    {
        var host = SchemaTestHost.Create();
        var store = host.Store;
        await store.Locations.InsertManyAsync([Build.Location("loc-1"), Build.Location("loc-2", "Harbour")]);
        await store.JobFunctions.InsertManyAsync([new JobFunctionDocument { Id = "jf-1", Name = "Picker" }, new JobFunctionDocument { Id = "jf-2", Name = "Driver" }]);
        await store.Certifications.InsertManyAsync([Build.Certification("c1"), Build.Certification("c2", "Reach (truck) 2.0+")]);
        await store.Checklists.InsertManyAsync([new ChecklistDefinitionDocument { Id = "k1", Name = "Safety walk", Items = [Item("i1"), Item("i2"), Item("i3")] }]);
        await store.PlanTypes.InsertManyAsync([Build.PlanType("pt-1", "PIP", isActive: true)]);
        await store.PlanOutcomes.InsertManyAsync([Build.PlanOutcome("po-1", "Passed", isActive: true)]);
        var at = Build.At;
        await store.Associates.InsertManyAsync(
        [
            Build.Associate("a1") with
            {
                JobFunctions = [new AssociateJobFunction { JobFunctionId = "jf-1" }],
                Certifications =
                [
                    Certification("c1", CertificationStatus.Certified, expiresAt: new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc), completedTiers: ["t1", "t2"]),
                    Certification("c2", CertificationStatus.Assigned),
                ],
                Checklists = [new AssociateChecklist { ChecklistId = "k1", Status = ProgressStatus.Completed, Items = [Done("i1", at), Done("i2", at), Done("i3", at)] }],
                Plans =
                [
                    new AssociatePlan { PlanId = "p1", PlanTypeId = "pt-1", Objective = "o", CreatedBy = "a2", CreatedAt = at, OutcomeId = "po-1", Status = PlanStatus.Completed, Meetings = [new PlanMeeting { MeetingId = "m1", HeldAt = at, HeldBy = "a2" }, new PlanMeeting { MeetingId = "m2", HeldAt = at, HeldBy = "a2" }] },
                    new AssociatePlan { PlanId = "p2", PlanTypeId = "pt-1", Objective = "o", CreatedBy = "a2", CreatedAt = at.AddDays(-3) },
                ],
            },
            Build.Associate("a2") with
            {
                JobFunctions = [new AssociateJobFunction { JobFunctionId = "jf-1" }, new AssociateJobFunction { JobFunctionId = "jf-2" }],
                Certifications =
                [
                    Certification("c1", CertificationStatus.Revoked),
                    Certification("c2", CertificationStatus.Certified, expiresAt: new DateTime(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc), completedTiers: ["t1"]),
                ],
                Checklists = [new AssociateChecklist { ChecklistId = "k1", Status = ProgressStatus.InProgress, Items = [Done("i1", at)] }],
            },
            Build.Associate("a3") with
            {
                LocationId = "loc-2",
                Certifications =
                [
                    Certification("c1", CertificationStatus.Expired, expiresAt: new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc)),
                    Certification("c2", CertificationStatus.Assigned),
                ],
                Checklists = [new AssociateChecklist { ChecklistId = "k1" }],
            },
        ]);
        return host;
    }

    private static AssociateCertification Certification(string id, CertificationStatus status, DateTime? expiresAt = null, string[]? completedTiers = null) => new()
    {
        CertificationId = id,
        Status = status,
        AssignedAt = Build.At.AddMonths(-6),
        ExpiresAt = expiresAt,
        Tiers = [.. (completedTiers ?? []).Select(t => new TierProgress { TierId = t, Status = ProgressStatus.Completed })],
    };

    private static ChecklistItem Item(string id) => new() { ItemId = id, Text = id };

    private static ChecklistItemProgress Done(string id, DateTime at) => new() { ItemId = id, DoneAt = at, DoneBy = "a2" };
}
