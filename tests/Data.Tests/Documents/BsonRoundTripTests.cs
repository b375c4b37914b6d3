using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;
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

    [Fact]
    public void Every_document_of_every_type_in_the_demo_data_round_trips_unchanged()
    {
        var data = DemoDataGenerator.Generate(new DemoDataOptions { Associates = 120 });

        AssertRoundTrips(data.Associates);
        AssertRoundTrips(data.Locations);
        AssertRoundTrips(data.JobFunctions);
        AssertRoundTrips(data.Certifications);
        AssertRoundTrips(data.Checklists);
        AssertRoundTrips(data.PlanTypes);
        AssertRoundTrips(data.PlanOutcomes);
        AssertRoundTrips(data.Roles);
        AssertRoundTrips(data.Notifications);
    }

    [Fact]
    public void An_associate_written_before_plans_and_observations_existed_loads_with_empty_lists()
    {
        var old = new BsonDocument
        {
            { "_id", "a-1" },
            { "version", 4L },
            { "employeeNumber", "E1" },
            { "firstName", "Ada" },
            { "lastName", "Lovelace" },
            { "displayName", "Ada Lovelace" },
            { "locationId", "loc-1" },
            { "hiredAt", new BsonDateTime(new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc)) },
        };

        var associate = DocumentMapping.FromBson<AssociateDocument>(old.ToBson());

        Assert.Empty(associate.Plans);
        Assert.Empty(associate.Observations);
        Assert.Empty(associate.Certifications);
        Assert.Equal(4, associate.Version);
    }

    private static void AssertRoundTrips<T>(IReadOnlyList<T> documents) where T : Document
    {
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var json = DocumentMapping.ToCanonicalJson(document);
            Assert.Equal(json, DocumentMapping.ToCanonicalJson(DocumentMapping.FromBson<T>(DocumentMapping.ToBson(document))));
        }
    }
}
