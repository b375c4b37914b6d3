using GraphTraining.Data.Documents;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Tests.Documents;

public class BsonRoundTripTests
{
    [Fact]
    public void Associate_round_trips_through_bson_with_camel_case_names_and_string_enums()
    {
        var at = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(12345);
        var associate = new AssociateDocument
        {
            Id = "a1",
            Version = 3,
            EmployeeNumber = "E1",
            FirstName = "Ada",
            LastName = "Lovelace",
            DisplayName = "Ada Lovelace",
            LocationId = "l1",
            HiredAt = at,
            LeaderIds = ["a0"],
            Certifications =
            [
                new AssociateCertification
                {
                    CertificationId = "c1",
                    Status = CertificationStatus.Certified,
                    Source = AssignmentSource.ActionPlan,
                    AssignedAt = at,
                    Tiers = [new TierProgress { TierId = "t1", Status = ProgressStatus.Completed, CompletedAt = at }],
                },
            ],
        };

        var bytes = DocumentMapping.ToBson(associate);
        var raw = BsonSerializer.Deserialize<BsonDocument>(bytes);
        var back = DocumentMapping.FromBson<AssociateDocument>(bytes);

        Assert.Equal("a1", raw["_id"].AsString);
        Assert.Equal(3, raw["version"].ToInt64());
        Assert.Equal("Certified", raw["certifications"][0]["status"].AsString);
        Assert.Equal("ActionPlan", raw["certifications"][0]["source"].AsString);
        Assert.Equal(DocumentMapping.ToCanonicalJson(DocumentMapping.RoundTrip(associate)), DocumentMapping.ToCanonicalJson(back));
        Assert.Equal(DateTimeKind.Utc, back.HiredAt.Kind);
        Assert.Equal(at.AddTicks(-2345), back.HiredAt); // 1.2345 ms keeps its whole millisecond
        Assert.Equal(ProgressStatus.Completed, back.Certifications[0].Tiers[0].Status);
    }

    [Fact]
    public void Document_written_before_a_field_existed_still_loads_and_unknown_fields_are_ignored()
    {
        var old = new BsonDocument
        {
            { "_id", "p1" },
            { "version", 1L },
            { "name", "Return to Work Plan" },
            { "retiredField", "ignored" },
        };

        var type = DocumentMapping.FromBson<PlanTypeDocument>(old.ToBson());

        Assert.Equal("Return to Work Plan", type.Name);
        Assert.False(type.IsActive);
        Assert.Null(type.Description);
    }
}
