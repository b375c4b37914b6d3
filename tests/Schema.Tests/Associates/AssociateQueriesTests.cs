using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Tests.Support;
using Snapshooter.Xunit;

namespace GraphTraining.Schema.Tests.Associates;

public class AssociateQueriesTests
{
    [Fact]
    public async Task Associate_profile_shows_certification_with_tier_and_checklist_statuses_beneath_it()
    {
        await using var host = SchemaTestHost.Create();
        await host.Store.Locations.InsertAsync(Build.Location("loc-1"));
        await host.Store.Certifications.InsertAsync(Build.Certification("cert-1", "Forklift"));
        await host.Store.Associates.InsertAsync(Build.Associate("lead", "Lena Lead"));
        await host.Store.Associates.InsertAsync(Build.Associate("a1", "Ada Lovelace") with
        {
            LeaderIds = ["lead"],
            Certifications =
            [
                new AssociateCertification
                {
                    CertificationId = "cert-1",
                    Status = CertificationStatus.InProgress,
                    Source = AssignmentSource.Manual,
                    AssignedAt = Build.At,
                    AssignedBy = "lead",
                    Tiers = [new TierProgress { TierId = "t1", Status = ProgressStatus.Completed, CompletedAt = Build.At.AddDays(3) }, new TierProgress { TierId = "t2" }],
                    Timeline = [new TimelineEvent { Kind = TimelineEventKind.Assigned, At = Build.At, By = "lead" }],
                },
            ],
        });

        var response = await host.ExecuteAsync(
            """
            query($id: ID!) {
              associate(id: $id) {
                displayName
                location { name }
                leaders { displayName }
                certifications {
                  certification { name tiers { tierId name } }
                  status source assignedAt assignedBy { displayName }
                  tiers { tierId status completedAt }
                  timeline { kind at by { displayName } }
                }
              }
            }
            """,
            new { id = GlobalId.Encode("Associate", "a1") });

        Snapshot.Match(JsonAssert.Pretty(JsonAssert.Data(response)));
    }

    [Fact]
    public async Task Associate_that_does_not_exist_reads_as_null()
    {
        await using var host = SchemaTestHost.Create();

        var response = await host.ExecuteAsync("query($id: ID!) { associate(id: $id) { displayName } }", new { id = GlobalId.Encode("Associate", "nobody") });

        Assert.Null(JsonAssert.Data(response)["associate"]);
    }

    [Theory]
    [InlineData("not-base64!")]
    [InlineData("TG9jYXRpb246bG9jLTE")] // a Location id where an Associate id belongs
    public async Task Associate_with_a_malformed_or_foreign_id_is_an_INVALID_ID_error(string id)
    {
        await using var host = SchemaTestHost.Create();

        var response = await host.ExecuteAsync("query($id: ID!) { associate(id: $id) { displayName } }", new { id });

        Assert.Equal("INVALID_ID", JsonAssert.FirstErrorCode(response));
        Assert.Null(response["data"]!["associate"]);
    }

    [Fact]
    public async Task Leaders_of_many_associates_are_read_in_one_batch()
    {
        CountingStore? counting = null;
        await using var host = SchemaTestHost.Create(wrap: inner => counting = new CountingStore(inner));
        await host.Store.Associates.InsertManyAsync(
            [Build.Associate("lead-1"), Build.Associate("lead-2"), .. Enumerable.Range(1, 20).Select(i => Build.Associate($"a{i:00}") with { LeaderIds = [i % 2 == 0 ? "lead-1" : "lead-2"] })]);

        var response = await host.ExecuteAsync("{ associates(first: 30) { nodes { leaders { displayName } } } }");

        var nodes = JsonAssert.Data(response)["associates"]!["nodes"]!.AsArray();
        Assert.Equal(22, nodes.Count);
        Assert.Equal("Associate lead-1", nodes[1]!["leaders"]![0]!["displayName"]!.GetValue<string>());
        Assert.Equal(1, counting!.AssociateLookups);
    }
}
