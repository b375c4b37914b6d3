using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Identity;

/// <summary>What a team leader cannot see must look exactly as it looks to an outsider: absent and uncounted.</summary>
public class ScopeTests
{
    private const string Visible = """
        query($id: ID!) {
          associates { totalCount nodes { displayName } }
          associate(id: $id) { displayName }
          node(id: $id) { id }
          nodes(ids: [$id]) { id }
        }
        """;

    [Fact]
    public async Task A_team_leader_sees_and_counts_only_themselves_and_their_team()
    {
        await using var host = await SeededAsync();

        var response = JsonAssert.Data(await host.ExecuteAsync(Visible, new { id = Id("out") }, await host.ViewerAsync("lead")));

        Assert.Equal(2, response["associates"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["Lead", "Member"], response["associates"]!["nodes"]!.AsArray().Select(n => n!["displayName"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task An_out_of_team_associate_reads_as_null_by_id_node_and_nodes_just_as_a_missing_one()
    {
        await using var host = await SeededAsync();
        var lead = await host.ViewerAsync("lead");

        var outsider = JsonAssert.Data(await host.ExecuteAsync(Visible, new { id = Id("out") }, lead));
        var missing = JsonAssert.Data(await host.ExecuteAsync(Visible, new { id = Id("never-existed") }, lead));

        Assert.Null(outsider["associate"]);
        Assert.Null(outsider["node"]);
        Assert.Null(outsider["nodes"]![0]);
        Assert.Equal(missing.ToJsonString(), outsider.ToJsonString());
    }

    [Fact]
    public async Task A_reference_to_someone_out_of_scope_resolves_to_null()
    {
        await using var host = await SeededAsync();

        var response = JsonAssert.Data(await host.ExecuteAsync(
            "query($id: ID!) { associate(id: $id) { leaders { displayName } } }", new { id = Id("member") }, await host.ViewerAsync("lead")));
        var asMember = JsonAssert.Data(await host.ExecuteAsync(
            "query($id: ID!) { associate(id: $id) { leaders { displayName } } }", new { id = Id("member") }, await host.ViewerAsync("member")));

        Assert.Equal("Lead", response["associate"]!["leaders"]![0]!["displayName"]!.GetValue<string>());
        Assert.Empty(asMember["associate"]!["leaders"]!.AsArray());
    }

    [Fact]
    public async Task A_senior_leader_sees_their_location_and_a_skill_builder_the_people_they_coach_there()
    {
        await using var host = await SeededAsync();

        var senior = JsonAssert.Data(await host.ExecuteAsync("{ associates { totalCount } }", viewer: await host.ViewerAsync("senior")));
        var coach = JsonAssert.Data(await host.ExecuteAsync("{ associates { nodes { displayName } } }", viewer: await host.ViewerAsync("coach")));

        Assert.Equal(4, senior["associates"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(["Coach", "Member"], coach["associates"]!["nodes"]!.AsArray().Select(n => n!["displayName"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task A_role_change_applies_to_the_next_request()
    {
        await using var host = await SeededAsync();
        var before = JsonAssert.Data(await host.ExecuteAsync("{ associates { totalCount } }", viewer: await host.ViewerAsync("member")));

        var member = (await host.Store.Associates.GetByIdsAsync(["member"]))[0];
        await host.Store.Associates.ReplaceAsync(member with { RoleIds = [DemoRoleIds.SeniorLeader] });
        var after = JsonAssert.Data(await host.ExecuteAsync("{ associates { totalCount } }", viewer: await host.ViewerAsync("member")));

        Assert.Equal(1, before["associates"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(4, after["associates"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Report_rows_and_summaries_count_only_associates_in_scope()
    {
        await using var host = await SeededAsync();
        foreach (var id in new[] { "member", "coach", "out" })
        {
            var associate = (await host.Store.Associates.GetByIdsAsync([id]))[0];
            await host.Store.Associates.ReplaceAsync(associate with
            {
                Certifications = [new AssociateCertification { CertificationId = "cert-1", Status = CertificationStatus.Certified, AssignedAt = Build.At }],
            });
        }

        const string reports = """
            {
              certificationRecords { totalCount nodes { associate { displayName } } }
              certificationSummary(groupBy: [STATUS]) { status count }
            }
            """;
        var lead = JsonAssert.Data(await host.ExecuteAsync(reports, viewer: await host.ViewerAsync("lead")));
        var coach = JsonAssert.Data(await host.ExecuteAsync(reports, viewer: await host.ViewerAsync("coach")));

        Assert.Equal(1, lead["certificationRecords"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Member", lead["certificationRecords"]!["nodes"]![0]!["associate"]!["displayName"]!.GetValue<string>());
        Assert.Equal(1, lead["certificationSummary"]![0]!["count"]!.GetValue<int>());
        Assert.Equal(2, coach["certificationRecords"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(2, coach["certificationSummary"]![0]!["count"]!.GetValue<int>());
    }

    private static string Id(string associateId) => GlobalId.Encode("Associate", associateId);

    // loc-1: a lead with one member, a coach for job function jf-1 (which the member holds), a senior leader.
    // loc-2: an outsider who also holds jf-1.
    private static async Task<SchemaTestHost> SeededAsync()
    {
        var host = SchemaTestHost.Create();
        await host.Store.Roles.InsertManyAsync(
        [
            Role(DemoRoleIds.TeamLeader, Permission.CreatePlans, Permission.ViewPlans),
            Role(DemoRoleIds.SkillBuilder, Permission.CompleteSkillBuilding),
            Role(DemoRoleIds.SeniorLeader, Permission.ViewReports),
            Role(DemoRoleIds.Associate),
        ]);
        var holdsJf1 = new[] { new AssociateJobFunction { JobFunctionId = "jf-1" } };
        await host.Store.Associates.InsertManyAsync(
        [
            Build.Associate("lead", "Lead") with { RoleIds = [DemoRoleIds.TeamLeader] },
            Build.Associate("member", "Member") with { LeaderIds = ["lead"], JobFunctions = holdsJf1, RoleIds = [DemoRoleIds.Associate] },
            Build.Associate("coach", "Coach") with { RoleIds = [DemoRoleIds.SkillBuilder], JobFunctions = [new AssociateJobFunction { JobFunctionId = "jf-1", IsSkillBuilder = true }] },
            Build.Associate("senior", "Senior") with { RoleIds = [DemoRoleIds.SeniorLeader] },
            Build.Associate("out", "Outsider") with { LocationId = "loc-2", JobFunctions = holdsJf1, RoleIds = [DemoRoleIds.Associate] },
        ]);
        return host;
    }

    private static RoleDocument Role(string id, params Permission[] permissions) => new() { Id = id, Name = id, Permissions = permissions };
}
