using System.Text.Json.Nodes;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Plans;

public class PlanSettingsMutationsTests
{
    private const string CreateType = """
        mutation($input: CreatePlanTypeInput!) {
          createPlanType(input: $input) {
            planType { id name description isActive isDefault }
            errors { __typename ... on UserError { code message } }
          }
        }
        """;

    private const string DeleteType = """
        mutation($id: ID!) {
          deletePlanType(input: { id: $id }) { planType { name } errors { __typename ... on UserError { code message } } }
        }
        """;

    [Fact]
    public async Task A_new_plan_type_starts_inactive_as_a_draft()
    {
        await using var host = SchemaTestHost.Create();

        var payload = Payload(await host.ExecuteAsync(CreateType, new { input = new { name = "  Probation Review ", description = "First 90 days" } }), "createPlanType");

        Assert.Null(payload["errors"]);
        Assert.Equal("Probation Review", payload["planType"]!["name"]!.GetValue<string>());
        Assert.False(payload["planType"]!["isActive"]!.GetValue<bool>());
        Assert.False(payload["planType"]!["isDefault"]!.GetValue<bool>());
        var stored = await host.Store.PlanTypes.QueryAsync(StoreQuery.All);
        Assert.Equal("Probation Review", Assert.Single(stored.Items).Name);
    }

    [Fact]
    public async Task A_plan_type_name_already_used_in_another_case_is_refused_and_nothing_is_stored()
    {
        await using var host = SchemaTestHost.Create();
        await host.Store.PlanTypes.InsertAsync(Build.PlanType("pt-1", "Return to Work Plan", isActive: true, isDefault: true));

        var payload = Payload(await host.ExecuteAsync(CreateType, new { input = new { name = "return TO work plan" } }), "createPlanType");

        Assert.Null(payload["planType"]);
        Assert.Equal("NAME_TAKEN", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("NameTakenError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Single((await host.Store.PlanTypes.QueryAsync(StoreQuery.All)).Items);
    }

    [Fact]
    public async Task A_blank_plan_type_name_is_refused()
    {
        await using var host = SchemaTestHost.Create();

        var payload = Payload(await host.ExecuteAsync(CreateType, new { input = new { name = "   " } }), "createPlanType");

        Assert.Equal("NAME_REQUIRED", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_default_plan_type_can_be_deactivated_but_never_deleted()
    {
        await using var host = SchemaTestHost.Create();
        await host.Store.PlanTypes.InsertAsync(Build.PlanType("pt-pip", "Performance Improvement Plan", isActive: true, isDefault: true));
        var id = GlobalId.Encode("PlanType", "pt-pip");

        var deactivated = Payload(await host.ExecuteAsync(
            "mutation($id: ID!) { updatePlanType(input: { id: $id, isActive: false }) { planType { isActive } errors { ... on UserError { code } } } }", new { id }), "updatePlanType");
        var deleted = Payload(await host.ExecuteAsync(DeleteType, new { id }), "deletePlanType");

        Assert.False(deactivated["planType"]!["isActive"]!.GetValue<bool>());
        Assert.Equal("PLAN_TYPE_IS_DEFAULT", deleted["errors"]![0]!["code"]!.GetValue<string>());
        Assert.NotNull(await host.Store.PlanTypes.GetByIdAsync("pt-pip"));
    }

    [Fact]
    public async Task A_plan_type_must_be_inactive_before_it_can_be_deleted()
    {
        await using var host = SchemaTestHost.Create();
        await host.Store.PlanTypes.InsertAsync(Build.PlanType("pt-x", "Coaching Plan", isActive: true));
        var id = GlobalId.Encode("PlanType", "pt-x");

        var refused = Payload(await host.ExecuteAsync(DeleteType, new { id }), "deletePlanType");
        await host.ExecuteAsync("mutation($id: ID!) { updatePlanType(input: { id: $id, isActive: false }) { errors { ... on UserError { code } } } }", new { id });
        var deleted = Payload(await host.ExecuteAsync(DeleteType, new { id }), "deletePlanType");

        Assert.Equal("PLAN_TYPE_IS_ACTIVE", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(deleted["errors"]);
        Assert.Equal("Coaching Plan", deleted["planType"]!["name"]!.GetValue<string>());
        Assert.Null(await host.Store.PlanTypes.GetByIdAsync("pt-x"));
    }

    [Fact]
    public async Task Updating_a_plan_type_that_does_not_exist_is_a_NOT_FOUND_error()
    {
        await using var host = SchemaTestHost.Create();

        var payload = Payload(await host.ExecuteAsync(
            "mutation($id: ID!) { updatePlanType(input: { id: $id, name: \"X\" }) { planType { name } errors { ... on UserError { code } } } }",
            new { id = GlobalId.Encode("PlanType", "missing") }), "updatePlanType");

        Assert.Equal("NOT_FOUND", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_new_outcome_starts_inactive_with_its_colour_and_a_bad_colour_is_refused()
    {
        await using var host = SchemaTestHost.Create();
        const string create = """
            mutation($input: CreatePlanOutcomeInput!) {
              createPlanOutcome(input: $input) { planOutcome { name colour isActive } errors { ... on UserError { code } } }
            }
            """;

        var created = Payload(await host.ExecuteAsync(create, new { input = new { name = "Pass", colour = "#2e7d32" } }), "createPlanOutcome");
        var refused = Payload(await host.ExecuteAsync(create, new { input = new { name = "Fail", colour = "red" } }), "createPlanOutcome");

        Assert.Equal("#2E7D32", created["planOutcome"]!["colour"]!.GetValue<string>());
        Assert.False(created["planOutcome"]!["isActive"]!.GetValue<bool>());
        Assert.Equal("INVALID_COLOUR", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Single((await host.Store.PlanOutcomes.QueryAsync(StoreQuery.All)).Items);
    }

    [Fact]
    public async Task An_outcome_can_be_edited_and_deleted()
    {
        await using var host = SchemaTestHost.Create();
        await host.Store.PlanOutcomes.InsertAsync(Build.PlanOutcome("po-1", "Extended"));
        var id = GlobalId.Encode("PlanOutcome", "po-1");

        var edited = Payload(await host.ExecuteAsync(
            "mutation($id: ID!) { updatePlanOutcome(input: { id: $id, name: \"Extended 30 days\", isActive: true }) { planOutcome { name isActive } errors { ... on UserError { code } } } }",
            new { id }), "updatePlanOutcome");
        var deleted = Payload(await host.ExecuteAsync(
            "mutation($id: ID!) { deletePlanOutcome(input: { id: $id }) { planOutcome { name } errors { ... on UserError { code } } } }", new { id }), "deletePlanOutcome");

        Assert.Equal("Extended 30 days", edited["planOutcome"]!["name"]!.GetValue<string>());
        Assert.True(edited["planOutcome"]!["isActive"]!.GetValue<bool>());
        Assert.Equal("Extended 30 days", deleted["planOutcome"]!["name"]!.GetValue<string>());
        Assert.Null(await host.Store.PlanOutcomes.GetByIdAsync("po-1"));
    }

    [Fact]
    public async Task Only_active_plan_types_are_listed_when_asked()
    {
        await using var host = SchemaTestHost.Create();
        await host.Store.PlanTypes.InsertManyAsync([Build.PlanType("pt-1", "Zeta", isActive: true), Build.PlanType("pt-2", "Alpha"), Build.PlanType("pt-3", "Beta", isActive: true)]);

        var all = JsonAssert.Data(await host.ExecuteAsync("{ planTypes { nodes { name } } }"));
        var active = JsonAssert.Data(await host.ExecuteAsync("{ planTypes(activeOnly: true) { nodes { name } } }"));

        Assert.Equal(["Alpha", "Beta", "Zeta"], Names(all));
        Assert.Equal(["Beta", "Zeta"], Names(active));
    }

    private static JsonNode Payload(JsonObject response, string field) => JsonAssert.Data(response)[field]!;

    private static List<string> Names(JsonNode data) =>
        data["planTypes"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToList();
}
