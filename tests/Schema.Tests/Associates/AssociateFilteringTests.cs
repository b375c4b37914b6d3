using System.Text.Json.Nodes;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Associates;

public class AssociateFilteringTests
{
    private const string Query = """
        query($where: AssociateFilterInput, $order: [AssociateSortInput!]) {
          associates(where: $where, order: $order, first: 50) { totalCount nodes { employeeNumber } }
        }
        """;

    [Fact]
    public async Task Some_with_two_conditions_needs_one_certification_that_meets_both()
    {
        await using var host = await HostAsync(
            Build.Associate("a1") with { Certifications = [Certification("c1", CertificationStatus.Certified), Certification("c2", CertificationStatus.Expired)] },
            Build.Associate("a2") with { Certifications = [Certification("c1", CertificationStatus.Expired)] });

        var numbers = await NumbersAsync(host, new
        {
            where = new { certifications = new { some = new { certificationId = new { eq = GlobalId.Encode("CertificationDefinition", "c1") }, status = new { eq = "EXPIRED" } } } },
        });

        Assert.Equal(["E-a2"], numbers);
    }

    [Fact]
    public async Task Text_operators_take_regular_expression_characters_literally()
    {
        await using var host = await HostAsync(Build.Associate("a1", "A.b Smith"), Build.Associate("a2", "Axb Smith"), Build.Associate("a3", "(Ann)"));

        Assert.Equal(["E-a1"], await NumbersAsync(host, new { where = new { displayName = new { contains = "." } } }));
        Assert.Equal(["E-a3"], await NumbersAsync(host, new { where = new { displayName = new { startsWith = "(" } } }));
        Assert.Equal(["E-a1", "E-a2", "E-a3"], await NumbersAsync(host, new { where = new { displayName = new { ncontains = ".*" } } }));
    }

    [Fact]
    public async Task Several_sort_keys_apply_in_turn_and_ties_fall_back_to_id()
    {
        await using var host = await HostAsync(
            Build.Associate("a1") with { LastName = "Brown", FirstName = "Zed" },
            Build.Associate("a2") with { LastName = "Adams", FirstName = "Amy" },
            Build.Associate("a3") with { LastName = "Brown", FirstName = "Ann" },
            Build.Associate("a4") with { LastName = "Brown", FirstName = "Zed" });

        var numbers = await NumbersAsync(host, new { order = new object[] { new { lastName = "DESC" }, new { firstName = "ASC" } } });

        Assert.Equal(["E-a3", "E-a1", "E-a4", "E-a2"], numbers);
    }

    [Fact]
    public async Task Eq_null_matches_a_missing_value_and_any_false_an_empty_list()
    {
        await using var host = await HostAsync(
            Build.Associate("a1") with { Email = "a1@example.com", Plans = [new AssociatePlan { PlanId = "p1", PlanTypeId = "pt", Objective = "o", CreatedBy = "x" }] },
            Build.Associate("a2"));

        Assert.Equal(["E-a2"], await NumbersAsync(host, new { where = new { email = new { eq = (string?)null } } }));
        Assert.Equal(["E-a2"], await NumbersAsync(host, new { where = new { plans = new { any = false } } }));
        Assert.Equal(["E-a1"], await NumbersAsync(host, new { where = new { or = new object[] { new { plans = new { any = true } }, new { email = new { eq = "nobody" } } } } }));
    }

    [Fact]
    public async Task A_filter_on_a_reference_takes_global_ids()
    {
        await using var host = await HostAsync(Build.Associate("a1") with { LocationId = "loc-1" }, Build.Associate("a2") with { LocationId = "loc-2" });

        var numbers = await NumbersAsync(host, new { where = new { locationId = new { @in = new[] { GlobalId.Encode("Location", "loc-2") } } } });
        var wrongType = await host.ExecuteAsync(Query, new { where = new { locationId = new { eq = GlobalId.Encode("Associate", "a1") } } });

        Assert.Equal(["E-a2"], numbers);
        Assert.Equal("INVALID_ID", JsonAssert.FirstErrorCode(wrongType));
    }

    [Theory]
    [InlineData("""{ "where": { "displayName": {} } }""", "INVALID_FILTER")]
    [InlineData("""{ "where": { "certifications": { "some": {} } } }""", "INVALID_FILTER")]
    public async Task An_operator_object_with_no_operator_is_an_INVALID_FILTER_error(string variables, string code)
    {
        await using var host = await HostAsync(Build.Associate("a1"));

        var response = await host.ExecuteAsync(Query, JsonNode.Parse(variables));

        Assert.Equal(code, JsonAssert.FirstErrorCode(response));
        Assert.Null(response["data"]!["associates"]);
    }

    [Theory]
    [InlineData("""{ associates(where: { nickname: { eq: "x" } }) { totalCount } }""")]
    [InlineData("""{ associates(where: { hiredAt: { gt: "yesterday" } }) { totalCount } }""")]
    [InlineData("""{ associates(where: { certifications: { some: { status: { eq: PASSED } } } }) { totalCount } }""")]
    [InlineData("""{ associates(order: [{ displayName: UP }]) { totalCount } }""")]
    public async Task Unknown_fields_and_wrong_value_types_are_validation_errors_with_a_code(string query)
    {
        await using var host = await HostAsync(Build.Associate("a1"));

        var response = await host.ExecuteAsync(query);

        Assert.False(string.IsNullOrEmpty(JsonAssert.FirstErrorCode(response)));
        Assert.Null(response["data"]);
    }

    private static AssociateCertification Certification(string id, CertificationStatus status) =>
        new() { CertificationId = id, Status = status, AssignedAt = Build.At };

    private static async Task<SchemaTestHost> HostAsync(params AssociateDocument[] associates)
    {
        var host = SchemaTestHost.Create();
        await host.Store.Associates.InsertManyAsync(associates);
        return host;
    }

    private static async Task<List<string>> NumbersAsync(SchemaTestHost host, object variables)
    {
        var response = await host.ExecuteAsync(Query, variables);
        return JsonAssert.Data(response)["associates"]!["nodes"]!.AsArray().Select(n => n!["employeeNumber"]!.GetValue<string>()).ToList();
    }
}
