using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Conventions;

public class NodeTests
{
    [Fact]
    public async Task Node_refetches_any_object_by_the_id_it_exposes()
    {
        await using var host = SchemaTestHost.Create();
        await host.Store.Associates.InsertAsync(Build.Associate("a1", "Ada"));
        await host.Store.Locations.InsertAsync(Build.Location("loc-1", "Harbour"));
        await host.Store.PlanTypes.InsertAsync(Build.PlanType("pt-1", "Return to Work Plan"));

        var ids = JsonAssert.Data(await host.ExecuteAsync("{ associates { nodes { id location { id } } } planTypes { nodes { id } } }"));
        var associateId = ids["associates"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var locationId = ids["associates"]!["nodes"]![0]!["location"]!["id"]!.GetValue<string>();
        var planTypeId = ids["planTypes"]!["nodes"]![0]!["id"]!.GetValue<string>();

        var response = JsonAssert.Data(await host.ExecuteAsync(
            """
            query($ids: [ID!]!) {
              nodes(ids: $ids) {
                __typename id
                ... on Associate { displayName }
                ... on Location { name }
                ... on PlanType { name }
              }
            }
            """,
            new { ids = new[] { planTypeId, associateId, GlobalId.Encode("Associate", "gone"), locationId } }));

        var nodes = response["nodes"]!.AsArray();
        Assert.Equal("Return to Work Plan", nodes[0]!["name"]!.GetValue<string>());
        Assert.Equal("Ada", nodes[1]!["displayName"]!.GetValue<string>());
        Assert.Null(nodes[2]);
        Assert.Equal("Harbour", nodes[3]!["name"]!.GetValue<string>());
        Assert.Equal(associateId, nodes[1]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Node_with_an_id_of_no_known_type_is_an_INVALID_ID_error()
    {
        await using var host = SchemaTestHost.Create();

        var response = await host.ExecuteAsync("query($id: ID!) { node(id: $id) { id } }", new { id = GlobalId.Encode("Spaceship", "1") });

        Assert.Equal("INVALID_ID", JsonAssert.FirstErrorCode(response));
    }

    [Fact]
    public void Global_ids_are_opaque_and_round_trip()
    {
        var id = GlobalId.Encode("Associate", "a-000123");

        Assert.DoesNotContain("a-000123", id, StringComparison.Ordinal);
        Assert.True(GlobalId.TryDecode(id, out var type, out var raw));
        Assert.Equal(("Associate", "a-000123"), (type, raw));
    }
}
