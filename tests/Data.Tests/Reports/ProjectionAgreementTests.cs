using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo.Reports;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using MongoDB.Bson;
using MongoDB.Bson.IO;

namespace GraphTraining.Data.Tests.Reports;

public class ProjectionAgreementTests(DemoReportStore demo) : IClassFixture<DemoReportStore>
{
    private static readonly JsonWriterSettings Canonical = new() { OutputMode = JsonOutputMode.CanonicalExtendedJson };

    [Fact]
    public void Certification_rows_from_the_pipeline_equal_the_embedded_projection_element_for_element() =>
        Agree(RowProjection.Certifications);

    [Fact]
    public void Skill_build_rows_from_the_pipeline_equal_the_embedded_projection_element_for_element() =>
        Agree(RowProjection.Checklists);

    [Fact]
    public void Plan_rows_from_the_pipeline_equal_the_embedded_projection_element_for_element() =>
        Agree(RowProjection.Plans);

    private void Agree<TRow>(Func<AssociateDocument, ReportCatalog, IReadOnlyList<TRow>> project) where TRow : Document
    {
        var associates = demo.Data.Associates.Concat(EdgeCases()).ToList();
        var catalog = new ReportCatalog(demo.Data.Certifications, demo.Data.Checklists, demo.Data.PlanTypes, demo.Data.PlanOutcomes);
        var evaluator = new PipelineEvaluator(new Dictionary<string, IReadOnlyList<BsonDocument>>
        {
            [CollectionNames.Certifications] = Bson(demo.Data.Certifications),
            [CollectionNames.Checklists] = Bson(demo.Data.Checklists),
            [CollectionNames.PlanTypes] = Bson(demo.Data.PlanTypes),
            [CollectionNames.PlanOutcomes] = Bson(demo.Data.PlanOutcomes),
        });
        var pipeline = ReportPipelines.Rows<TRow>(StoreQuery.All);
        var source = pipeline.TakeWhile(s => s.GetElement(0).Name != "$sort").ToList();

        var expected = associates.SelectMany(a => project(a, catalog)).Select(r => r.ToBsonDocument().ToJson(Canonical)).ToList();
        var actual = evaluator.Run(source, Bson(associates)).Select(d => d.ToJson(Canonical)).ToList();

        Assert.True(expected.Count > 20, $"Only {expected.Count} rows to compare.");
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }

    /// <summary>What the demo data may not show: a catalog entry that is gone, ties, and nothing done.</summary>
    private static IEnumerable<AssociateDocument> EdgeCases()
    {
        var at = new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);
        yield return new AssociateDocument
        {
            Id = "edge-1", EmployeeNumber = "E-1", FirstName = "E", LastName = "Dge", DisplayName = "E Dge", LocationId = "nowhere",
            Certifications = [new AssociateCertification { CertificationId = "gone", Tiers = [new TierProgress { TierId = "t", Status = ProgressStatus.Completed }] }],
            Checklists =
            [
                new AssociateChecklist { ChecklistId = "gone" },
                new AssociateChecklist
                {
                    ChecklistId = "gone-too",
                    Items = [new ChecklistItemProgress { ItemId = "i1", DoneAt = at, DoneBy = "first" }, new ChecklistItemProgress { ItemId = "i2", DoneAt = at, DoneBy = "second" }],
                },
            ],
            Plans = [new AssociatePlan { PlanId = "p", PlanTypeId = "gone", Objective = "o", CreatedBy = "x", OutcomeId = "gone" }],
        };
    }

    private static List<BsonDocument> Bson<T>(IEnumerable<T> documents) where T : Document =>
        [.. documents.Select(d => BsonSerializer(d))];

    private static BsonDocument BsonSerializer<T>(T document) where T : Document =>
        MongoDB.Bson.Serialization.BsonSerializer.Deserialize<BsonDocument>(DocumentMapping.ToBson(document));
}
