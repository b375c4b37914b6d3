using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Identity;

public class RoleMutationsTests
{
    private const string Assign = """
        mutation($input: AssignRolesInput!) {
          assignRoles(input: $input) { associate { roles { name } } errors { ... on UserError { code } } }
        }
        """;

    private const string Update = """
        mutation($input: UpdateRoleInput!) {
          updateRole(input: $input) { role { name permissions } errors { ... on UserError { code } } }
        }
        """;

    private const string Delete = """
        mutation($input: DeleteRoleInput!) {
          deleteRole(input: $input) { role { name } errors { ... on UserError { code } } }
        }
        """;

    [Fact]
    public async Task The_last_administrator_cannot_lose_the_role()
    {
        await using var host = await SeededAsync();

        var response = JsonAssert.Data(await host.ExecuteAsync(Assign, new { input = new { associateId = Id("Associate", "admin"), roleIds = new[] { Id("Role", DemoRoleIds.TeamLeader) } } }, await host.ViewerAsync("admin")));

        Assert.Equal("LAST_ADMINISTRATOR", response["assignRoles"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal([DemoRoleIds.Administrator], (await host.Store.Associates.GetByIdsAsync(["admin"]))[0].RoleIds);
    }

    [Fact]
    public async Task An_administrator_may_step_down_once_someone_else_is_one()
    {
        await using var host = await SeededAsync();
        var admin = await host.ViewerAsync("admin");
        await host.ExecuteAsync(Assign, new { input = new { associateId = Id("Associate", "lead"), roleIds = new[] { Id("Role", DemoRoleIds.Administrator) } } }, admin);

        var response = JsonAssert.Data(await host.ExecuteAsync(Assign, new { input = new { associateId = Id("Associate", "admin"), roleIds = new[] { Id("Role", DemoRoleIds.TeamLeader) } } }, admin));

        Assert.Null(response["assignRoles"]!["errors"]);
        Assert.Equal("Team Leader", response["assignRoles"]!["associate"]!["roles"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Taking_MANAGE_ROLES_from_the_only_role_that_has_it_is_refused()
    {
        await using var host = await SeededAsync();

        var response = JsonAssert.Data(await host.ExecuteAsync(Update, new { input = new { id = Id("Role", DemoRoleIds.Administrator), permissions = new[] { "VIEW_REPORTS" } } }, await host.ViewerAsync("admin")));

        Assert.Equal("LAST_ADMINISTRATOR", response["updateRole"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_default_role_can_be_edited_but_not_deleted()
    {
        await using var host = await SeededAsync();
        var admin = await host.ViewerAsync("admin");

        var edited = JsonAssert.Data(await host.ExecuteAsync(Update, new { input = new { id = Id("Role", DemoRoleIds.TeamLeader), permissions = new[] { "VIEW_PLANS" } } }, admin));
        var deleted = JsonAssert.Data(await host.ExecuteAsync(Delete, new { input = new { id = Id("Role", DemoRoleIds.TeamLeader) } }, admin));

        Assert.Equal(["VIEW_PLANS"], edited["updateRole"]!["role"]!["permissions"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("ROLE_IS_DEFAULT", deleted["deleteRole"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_custom_role_is_deleted_only_once_nobody_holds_it()
    {
        await using var host = await SeededAsync();
        var admin = await host.ViewerAsync("admin");
        var created = JsonAssert.Data(await host.ExecuteAsync(
            """mutation { createRole(input: { name: "Auditor", permissions: [VIEW_REPORTS] }) { role { id } } }""", viewer: admin));
        var roleId = created["createRole"]!["role"]!["id"]!.GetValue<string>();
        await host.ExecuteAsync(Assign, new { input = new { associateId = Id("Associate", "lead"), roleIds = new[] { roleId } } }, admin);

        var inUse = JsonAssert.Data(await host.ExecuteAsync(Delete, new { input = new { id = roleId } }, admin));
        await host.ExecuteAsync(Assign, new { input = new { associateId = Id("Associate", "lead"), roleIds = Array.Empty<string>() } }, admin);
        var freed = JsonAssert.Data(await host.ExecuteAsync(Delete, new { input = new { id = roleId } }, admin));

        Assert.Equal("ROLE_IN_USE", inUse["deleteRole"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("Auditor", freed["deleteRole"]!["role"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Role_mutations_need_MANAGE_ROLES()
    {
        await using var host = await SeededAsync();

        var response = await host.ExecuteAsync(Delete, new { input = new { id = Id("Role", "anything") } }, await host.ViewerAsync("lead"));

        Assert.Equal("AUTH_NOT_AUTHORIZED", JsonAssert.FirstErrorCode(response));
    }

    private static string Id(string type, string id) => GlobalId.Encode(type, id);

    private static async Task<SchemaTestHost> SeededAsync()
    {
        var host = SchemaTestHost.Create();
        await host.Store.Roles.InsertManyAsync(
        [
            Viewers.AdministratorRole,
            new RoleDocument { Id = DemoRoleIds.TeamLeader, Name = "Team Leader", Permissions = [Permission.CreatePlans, Permission.ViewPlans], IsDefault = true },
        ]);
        await host.Store.Associates.InsertManyAsync(
        [
            Build.Associate("admin", "Admin") with { RoleIds = [DemoRoleIds.Administrator] },
            Build.Associate("lead", "Lead") with { RoleIds = [DemoRoleIds.TeamLeader] },
        ]);
        return host;
    }
}
