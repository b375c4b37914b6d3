using System.Text.Json.Nodes;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Assignments;

/// <summary>Assigning certifications and checklists by hand, as a team leader does from the associate profile.</summary>
public class AssignmentTests
{
    private const string AssignCertification = """
        mutation($input: AssignCertificationInput!) {
          assignCertification(input: $input) {
            associate {
              jobFunctions { jobFunction { name } }
              certifications { status source dueAt assignedBy { displayName } tiers { status } checklists { checklist { name } status } timeline { kind } }
              checklists { checklist { name } status source }
            }
            errors { __typename ... on UserError { code message } ... on NotEligibleError { mismatches } }
          }
        }
        """;

    private const string AssignChecklist = """
        mutation($input: AssignChecklistInput!) {
          assignChecklist(input: $input) {
            associate { checklists { checklist { name } status source } }
            errors { __typename ... on UserError { code message } ... on NotEligibleError { mismatches } }
          }
        }
        """;

    [Fact]
    public async Task A_certification_is_assigned_with_its_tiers_not_started_and_its_checklists_beneath()
    {
        await using var host = await SeededAsync();

        var response = await CertifyAsync(host, "member", "cert-1", viewer: "lead", dueAt: "2026-06-30T00:00:00Z");

        var associate = Payload(response, "assignCertification")["associate"]!;
        var certification = associate["certifications"]![0]!;
        Assert.Null(Payload(response, "assignCertification")["errors"]);
        Assert.Equal("ASSIGNED", certification["status"]!.GetValue<string>());
        Assert.Equal("MANUAL", certification["source"]!.GetValue<string>());
        Assert.Equal("Lead", certification["assignedBy"]!["displayName"]!.GetValue<string>());
        Assert.StartsWith("2026-06-30", certification["dueAt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["NOT_STARTED", "NOT_STARTED"], Strings(certification["tiers"]!, "status"));
        Assert.Equal("Pallet safety", certification["checklists"]![0]!["checklist"]!["name"]!.GetValue<string>());
        Assert.Equal(["ASSIGNED"], Strings(certification["timeline"]!, "kind"));
        var beneath = associate["checklists"]![0]!;
        Assert.Equal(("Pallet safety", "NOT_STARTED"), (beneath["checklist"]!["name"]!.GetValue<string>(), beneath["status"]!.GetValue<string>()));
        var stored = await host.Store.Associates.GetByIdAsync("member");
        Assert.Equal("cert-1", stored!.Checklists[0].CertificationId);
        Assert.Equal(0, stored.Certifications[0].AssignedAt.Ticks % TimeSpan.TicksPerMillisecond);
    }

    [Fact]
    public async Task A_checklist_is_assigned_not_started_by_hand()
    {
        await using var host = await SeededAsync();

        var response = await host.ExecuteAsync(AssignChecklist, new { input = new { associateId = Id("Associate", "member"), checklistId = Id("ChecklistDefinition", "cl-1") } });

        var checklist = Payload(response, "assignChecklist")["associate"]!["checklists"]![0]!;
        Assert.Equal(("NOT_STARTED", "MANUAL"), (checklist["status"]!.GetValue<string>(), checklist["source"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("groups", "USER_GROUP", "user groups Warehouse, Pharmacy")]
    [InlineData("location", "LOCATION", "location Main Street")]
    [InlineData("jobs", "JOB_FUNCTION", "job functions Picker")]
    public async Task A_single_mismatch_is_refused_and_named(string definition, string mismatch, string named)
    {
        await using var host = await SeededAsync();

        var response = await CertifyAsync(host, "member", $"cert-{definition}");

        var error = SingleError(response, "assignCertification");
        Assert.Equal(ErrorCodes.NotEligible, error["code"]!.GetValue<string>());
        Assert.Equal([mismatch], error["mismatches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains(named, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await host.Store.Associates.GetByIdAsync("member"))!.Certifications);
    }

    [Fact]
    public async Task A_triple_mismatch_names_all_three()
    {
        await using var host = await SeededAsync();

        var response = await CertifyAsync(host, "member", "cert-all");

        var error = SingleError(response, "assignCertification");
        Assert.Equal(["USER_GROUP", "LOCATION", "JOB_FUNCTION"], error["mismatches"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(
            "Member is not eligible for 'Everything': it requires one of the user groups Warehouse, Pharmacy; location Main Street; one of the job functions Picker.",
            error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Adding_the_required_job_function_in_the_same_request_makes_the_assignment_succeed()
    {
        await using var host = await SeededAsync();

        var refused = await CertifyAsync(host, "member", "cert-jobs");
        var response = await CertifyAsync(host, "member", "cert-jobs", addToJobFunction: "jf-picker");

        Assert.Equal(ErrorCodes.NotEligible, SingleError(refused, "assignCertification")["code"]!.GetValue<string>());
        var associate = Payload(response, "assignCertification")["associate"]!;
        Assert.Equal(["Picker"], associate["jobFunctions"]!.AsArray().Select(j => j!["jobFunction"]!["name"]!.GetValue<string>()));
        Assert.Equal("ASSIGNED", associate["certifications"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(Viewers.Administrator.AssociateId, (await host.Store.Associates.GetByIdAsync("member"))!.JobFunctions[0].AssignedBy);
    }

    [Fact]
    public async Task A_certification_already_assigned_and_not_finished_is_refused()
    {
        await using var host = await SeededAsync();
        await CertifyAsync(host, "member", "cert-1");

        var response = await CertifyAsync(host, "member", "cert-1");

        Assert.Equal(ErrorCodes.AlreadyAssigned, SingleError(response, "assignCertification")["code"]!.GetValue<string>());
        Assert.Single((await host.Store.Associates.GetByIdAsync("member"))!.Certifications);
    }

    [Fact]
    public async Task A_permanently_revoked_certification_cannot_be_assigned_again()
    {
        await using var host = await SeededAsync();
        var member = await host.Store.Associates.GetByIdAsync("member");
        await host.Store.Associates.ReplaceAsync(member! with
        {
            Certifications =
            [
                new AssociateCertification
                {
                    CertificationId = "cert-1",
                    Status = CertificationStatus.Revoked,
                    Revocation = new Revocation { Determination = RevocationDetermination.Permanent, Reason = "Unsafe", By = "lead", At = Build.At },
                },
            ],
        });

        var response = await CertifyAsync(host, "member", "cert-1");

        Assert.Equal(ErrorCodes.PermanentlyRevoked, SingleError(response, "assignCertification")["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_the_permission_the_mutation_is_not_authorized_and_nothing_changes()
    {
        await using var host = await SeededAsync();

        var response = await CertifyAsync(host, "member", "cert-1", viewer: "member");

        Assert.Equal(ErrorCodes.AuthNotAuthorized, JsonAssert.FirstErrorCode(response));
        Assert.Empty((await host.Store.Associates.GetByIdAsync("member"))!.Certifications);
    }

    [Fact]
    public async Task An_associate_out_of_scope_reads_as_not_found_just_as_a_missing_one()
    {
        await using var host = await SeededAsync();

        var outsider = SingleError(await CertifyAsync(host, "out", "cert-1", viewer: "lead"), "assignCertification");
        var missing = SingleError(await CertifyAsync(host, "never-existed", "cert-1", viewer: "lead"), "assignCertification");

        Assert.Equal(ErrorCodes.NotFound, outsider["code"]!.GetValue<string>());
        Assert.Equal(ErrorCodes.NotFound, missing["code"]!.GetValue<string>());
        Assert.Empty((await host.Store.Associates.GetByIdAsync("out"))!.Certifications);
    }

    [Fact]
    public async Task An_unknown_certification_is_not_found()
    {
        await using var host = await SeededAsync();

        var response = await CertifyAsync(host, "member", "no-such-cert");

        Assert.Equal(ErrorCodes.NotFound, SingleError(response, "assignCertification")["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Each_leader_of_the_associate_is_notified()
    {
        await using var host = await SeededAsync();

        await CertifyAsync(host, "member", "cert-1", viewer: "lead");
        await host.ExecuteAsync(AssignChecklist, new { input = new { associateId = Id("Associate", "member"), checklistId = Id("ChecklistDefinition", "cl-2") } });

        var notifications = (await host.Store.Notifications.QueryAsync(StoreQuery.All)).Items;
        Assert.Equal(
            [("lead", NotificationKind.ChecklistAssigned, "cl-2"), ("lead", NotificationKind.CertificationAssigned, "cert-1"), ("other-lead", NotificationKind.ChecklistAssigned, "cl-2"), ("other-lead", NotificationKind.CertificationAssigned, "cert-1")],
            notifications.Select(n => (n.RecipientId, n.Kind, n.SubjectId!)).Order());
        Assert.All(notifications, n => Assert.Equal("member", n.AssociateId));
    }

    private static Task<JsonObject> CertifyAsync(SchemaTestHost host, string associateId, string certificationId, string? viewer = null, string? dueAt = null, string? addToJobFunction = null) =>
        ViewerAndRunAsync(host, viewer, new
        {
            input = new
            {
                associateId = Id("Associate", associateId),
                certificationId = Id("CertificationDefinition", certificationId),
                dueAt,
                addToJobFunctionId = addToJobFunction is null ? null : Id("JobFunction", addToJobFunction),
            },
        });

    private static async Task<JsonObject> ViewerAndRunAsync(SchemaTestHost host, string? viewer, object variables) =>
        await host.ExecuteAsync(AssignCertification, variables, viewer is null ? null : await host.ViewerAsync(viewer));

    private static JsonNode Payload(JsonObject response, string field) => JsonAssert.Data(response)[field]!;

    private static JsonNode SingleError(JsonObject response, string field)
    {
        var payload = Payload(response, field);
        Assert.Null(payload["associate"]);
        return Assert.Single(payload["errors"]!.AsArray())!;
    }

    private static IEnumerable<string> Strings(JsonNode list, string field) => list.AsArray().Select(n => n![field]!.GetValue<string>());

    private static string Id(string type, string id) => GlobalId.Encode(type, id);

    // Two leads who may assign, both leading the member; the member (user group Front, at Harbour, holding no job
    // function) fails each restricted certification on exactly the one part it restricts. The outsider is in
    // nobody's team, so out of the leads' scope.
    private static async Task<SchemaTestHost> SeededAsync()
    {
        var host = SchemaTestHost.Create();
        await host.Store.Roles.InsertManyAsync(
        [
            new RoleDocument { Id = "role-lead", Name = "Lead", Permissions = [Permission.ViewPlans, Permission.AssignCertifications, Permission.AssignChecklists] },
            new RoleDocument { Id = "role-associate", Name = "Associate", Permissions = [] },
        ]);
        await host.Store.Locations.InsertManyAsync([Build.Location("loc-1", "Main Street"), Build.Location("loc-2", "Harbour")]);
        await host.Store.JobFunctions.InsertManyAsync([new JobFunctionDocument { Id = "jf-picker", Name = "Picker" }]);
        await host.Store.Checklists.InsertManyAsync(
        [
            new ChecklistDefinitionDocument { Id = "cl-1", Name = "Pallet safety" },
            new ChecklistDefinitionDocument { Id = "cl-2", Name = "Cold chain" },
        ]);
        var groups = new AssignmentEligibility { UserGroups = ["Warehouse", "Pharmacy"] };
        var location = new AssignmentEligibility { LocationIds = ["loc-1"] };
        var jobs = new AssignmentEligibility { JobFunctionIds = ["jf-picker"] };
        await host.Store.Certifications.InsertManyAsync(
        [
            Build.Certification("cert-1") with { ChecklistIds = ["cl-1"] },
            Build.Certification("cert-groups", "Groups") with { Eligibility = groups },
            Build.Certification("cert-location", "Location") with { Eligibility = location },
            Build.Certification("cert-jobs", "Jobs") with { Eligibility = jobs },
            Build.Certification("cert-all", "Everything") with
            {
                Eligibility = new AssignmentEligibility { UserGroups = groups.UserGroups, LocationIds = location.LocationIds, JobFunctionIds = jobs.JobFunctionIds },
            },
        ]);
        await host.Store.Associates.InsertManyAsync(
        [
            Build.Associate("lead", "Lead") with { RoleIds = ["role-lead"] },
            Build.Associate("other-lead", "Other lead") with { RoleIds = ["role-lead"] },
            Build.Associate("member", "Member") with { LeaderIds = ["lead", "other-lead"], LocationId = "loc-2", UserGroups = ["Front"], RoleIds = ["role-associate"] },
            Build.Associate("out", "Outsider") with { LocationId = "loc-2", RoleIds = ["role-associate"] },
        ]);
        return host;
    }
}
