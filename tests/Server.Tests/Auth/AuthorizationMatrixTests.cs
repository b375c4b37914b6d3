using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Server.Tests.Support;
using Snapshooter.Xunit;

namespace GraphTraining.Server.Tests.Auth;

/// <summary>
/// Every default role (and nobody) against every root field and mutation. Each cell is <c>allow</c>,
/// <c>deny</c> (AUTH_NOT_AUTHORIZED), <c>sign in</c> (AUTH_NOT_AUTHENTICATED) or, for associate lists,
/// <c>scoped n/N</c>. The mutations' inputs are ones the rules reject, so the matrix changes no data.
/// </summary>
public sealed class AuthorizationMatrixTests(DemoDataFactory factory) : IClassFixture<DemoDataFactory>
{
    private static readonly string Nobody = GlobalId.Encode("Associate", "nobody");
    private static readonly string NoRole = GlobalId.Encode("Role", "no-such-role");
    private static readonly string NoPlanType = GlobalId.Encode("PlanType", "no-such-type");
    private static readonly string NoPlanOutcome = GlobalId.Encode("PlanOutcome", "no-such-outcome");
    private static readonly string NoCertification = GlobalId.Encode("CertificationDefinition", "no-such-certification");
    private static readonly string NoChecklist = GlobalId.Encode("ChecklistDefinition", "no-such-checklist");

    private static readonly (string Operation, string Document)[] Operations =
    [
        ("me", "{ me { permissions } }"),
        ("roles", "{ roles { name } }"),
        ("node", $$"""{ node(id: "{{Nobody}}") { id } }"""),
        ("nodes", $$"""{ nodes(ids: ["{{Nobody}}"]) { id } }"""),
        ("associate", $$"""{ associate(id: "{{Nobody}}") { id } }"""),
        ("associates", "{ associates { totalCount } }"),
        ("Associate.plans (own)", "{ me { associate { plans { status } } } }"),
        ("locations", "{ locations { name } }"),
        ("jobFunctions", "{ jobFunctions { totalCount } }"),
        ("certificationDefinitions", "{ certificationDefinitions { totalCount } }"),
        ("checklistDefinitions", "{ checklistDefinitions { totalCount } }"),
        ("planTypes", "{ planTypes { totalCount } }"),
        ("planOutcomes", "{ planOutcomes { totalCount } }"),
        ("certificationRecords", "{ certificationRecords { totalCount } }"),
        ("skillBuildRecords", "{ skillBuildRecords { totalCount } }"),
        ("planRecords", "{ planRecords { totalCount } }"),
        ("certificationSummary", "{ certificationSummary(groupBy: []) { count } }"),
        ("skillBuildSummary", "{ skillBuildSummary(groupBy: []) { count } }"),
        ("planOutcomeSummary", "{ planOutcomeSummary(groupBy: []) { count } }"),
        ("createPlanType", """mutation { createPlanType(input: { name: "" }) { errors { __typename } } }"""),
        ("updatePlanType", $$"""mutation { updatePlanType(input: { id: "{{NoPlanType}}" }) { errors { __typename } } }"""),
        ("deletePlanType", $$"""mutation { deletePlanType(input: { id: "{{NoPlanType}}" }) { errors { __typename } } }"""),
        ("createPlanOutcome", """mutation { createPlanOutcome(input: { name: "", colour: "#000000" }) { errors { __typename } } }"""),
        ("updatePlanOutcome", $$"""mutation { updatePlanOutcome(input: { id: "{{NoPlanOutcome}}" }) { errors { __typename } } }"""),
        ("deletePlanOutcome", $$"""mutation { deletePlanOutcome(input: { id: "{{NoPlanOutcome}}" }) { errors { __typename } } }"""),
        ("createRole", """mutation { createRole(input: { name: "", permissions: [] }) { errors { __typename } } }"""),
        ("updateRole", $$"""mutation { updateRole(input: { id: "{{NoRole}}" }) { errors { __typename } } }"""),
        ("deleteRole", $$"""mutation { deleteRole(input: { id: "{{NoRole}}" }) { errors { __typename } } }"""),
        ("assignRoles", $$"""mutation { assignRoles(input: { associateId: "{{Nobody}}", roleIds: [] }) { errors { __typename } } }"""),
        ("assignCertification", $$"""mutation { assignCertification(input: { associateId: "{{Nobody}}", certificationId: "{{NoCertification}}" }) { errors { __typename } } }"""),
        ("assignChecklist", $$"""mutation { assignChecklist(input: { associateId: "{{Nobody}}", checklistId: "{{NoChecklist}}" }) { errors { __typename } } }"""),
    ];

    [Fact]
    public async Task Every_default_role_gets_exactly_the_access_its_permissions_declare()
    {
        var columns = new List<(string Name, HttpClient Client)> { ("anonymous", factory.CreateClient().WithToken(null)) };
        foreach (var role in DemoDataFactory.DefaultRoles)
        {
            columns.Add((role["role-".Length..], factory.ClientFor(await factory.FirstHolderAsync(role))));
        }

        var administrator = factory.ClientFor(await factory.FirstHolderAsync(DemoDataFactory.DefaultRoles[0]));
        var table = new List<string> { Row("operation", columns.Select(c => c.Name)) };
        foreach (var (operation, document) in Operations)
        {
            // What an administrator (who sees everyone) counts is the denominator of a scoped count.
            var everyone = Count(await administrator.PostGraphQLAsync(document));
            var cells = new List<string>();
            foreach (var (_, client) in columns)
            {
                cells.Add(Cell(await client.PostGraphQLAsync(document), everyone));
            }

            table.Add(Row(operation, cells));
        }

        administrator.Dispose();
        columns.ForEach(c => c.Client.Dispose());
        Snapshot.Match(table);
    }

    [Fact]
    public async Task The_matrix_lists_every_root_query_and_mutation_field()
    {
        // A request initializes the schema the way the server does; then its root fields can be read.
        using var client = factory.CreateClient();
        await client.PostGraphQLAsync("{ __typename }");
        var schema = factory.Services.GetRequiredService<ISchema>();
        var listed = Operations.Select(o => o.Operation).ToHashSet(StringComparer.Ordinal);

        var missing = schema.Query.Fields.Concat(schema.Mutation!.Fields)
            .Select(f => f.Name)
            .Where(name => !name.StartsWith("__", StringComparison.Ordinal) && !listed.Contains(name))
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>The operation's count (a connection's totalCount or a summary's count), when it has one.</summary>
    private static int? Count(GraphQLResponse response)
    {
        if (response.ErrorCodes.Count > 0 || !response.HasData || response.Data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var field in response.Data.EnumerateObject())
        {
            if (field.Value.ValueKind == JsonValueKind.Object && field.Value.TryGetProperty("totalCount", out var total))
            {
                return total.GetInt32();
            }

            if (field.Value.ValueKind == JsonValueKind.Array && field.Value.GetArrayLength() == 1 && field.Value[0].ValueKind == JsonValueKind.Object && field.Value[0].TryGetProperty("count", out var count))
            {
                return count.GetInt32();
            }
        }

        return null;
    }

    private static string Cell(GraphQLResponse response, int? everyone)
    {
        var codes = response.ErrorCodes;
        if (codes.Contains(ErrorCodes.AuthNotAuthenticated))
        {
            return "sign in";
        }

        if (codes.Contains(ErrorCodes.AuthNotAuthorized))
        {
            return "deny";
        }

        Assert.True(codes.Count == 0, response.Body);
        return Count(response) is { } seen && seen != everyone ? $"scoped {seen}/{everyone}" : "allow";
    }

    private static string Row(string operation, IEnumerable<string> cells) =>
        $"{operation,-26}| {string.Join(" | ", cells.Select(c => $"{c,-15}"))}".TrimEnd();
}
