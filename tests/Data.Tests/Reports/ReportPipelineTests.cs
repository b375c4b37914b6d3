using GraphTraining.Data.Documents;
using GraphTraining.Data.Mongo.Reports;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphTraining.Data.Tests.Reports;

public class ReportPipelineTests
{
    private static readonly JsonWriterSettings Relaxed = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson, Indent = true };

    private static readonly StoreQuery Page = new()
    {
        Filter = new AllOf(
        [
            new FieldCondition("status", FilterOperator.In, new List<object?> { CertificationStatus.Certified, CertificationStatus.Expired }),
            new FieldCondition("expiresAt", FilterOperator.Lt, new DateTime(2026, 7, 1, 0, 0, 0, DateTimeKind.Utc)),
            new ListCondition("leaderIds", ListQuantifier.Some, new FieldCondition("", FilterOperator.Eq, "a-000001")),
        ]),
        Sort = [new SortField("expiresAt", SortDirection.Ascending), new SortField("displayName", SortDirection.Descending)],
        Skip = 20,
        Limit = 10,
    };

    [Fact]
    public void Certification_rows_match_associates_then_unwind_look_up_project_match_sort_skip_and_limit() =>
        Snapshot.Match(Render(ReportPipelines.Rows<CertificationRecord>(Page)));

    [Fact]
    public void Skill_build_rows_render_their_own_projection() =>
        Snapshot.Match(Render(ReportPipelines.Rows<SkillBuildRecord>(new StoreQuery
        {
            Filter = new FieldCondition("percentComplete", FilterOperator.Gte, 50),
            Sort = [new SortField("percentComplete", SortDirection.Descending)],
            Limit = 10,
        })));

    [Fact]
    public void Plan_rows_look_up_the_type_and_the_outcome() =>
        Snapshot.Match(Render(ReportPipelines.Rows<PlanRecord>(new StoreQuery { Filter = new FieldCondition("outcomeName", FilterOperator.Contains, "a.b("), Limit = 5 })));

    [Fact]
    public void The_count_matches_then_counts_without_sorting_or_paging() =>
        Snapshot.Match(Render(ReportPipelines.Count<CertificationRecord>(Page.Filter)));

    [Theory]
    [InlineData("certification", "locationId")]
    [InlineData("certification", "jobFunctionIds")]
    [InlineData("certification", "certificationId")]
    [InlineData("certification", "status")]
    [InlineData("certification", "jobFunctionIds,status")]
    [InlineData("skillBuild", "locationId")]
    [InlineData("skillBuild", "jobFunctionIds")]
    [InlineData("skillBuild", "checklistId")]
    [InlineData("skillBuild", "status")]
    [InlineData("plan", "locationId")]
    [InlineData("plan", "planTypeId")]
    [InlineData("plan", "outcomeId")]
    [InlineData("plan", "status")]
    [InlineData("plan", "planTypeId,outcomeId")]
    public void Summaries_group_by_each_key_after_the_filter(string rows, string groupBy)
    {
        var paths = groupBy.Split(',');
        var filter = new FieldCondition("locationId", FilterOperator.Eq, "loc-1");
        var pipeline = rows switch
        {
            "certification" => ReportPipelines.Summary<CertificationRecord>(filter, paths),
            "skillBuild" => ReportPipelines.Summary<SkillBuildRecord>(filter, paths),
            _ => ReportPipelines.Summary<PlanRecord>(filter, paths),
        };

        // The source stages are snapshotted with the rows; here only what the summary adds after the projection.
        var afterProjection = pipeline.ToList().FindLastIndex(stage => stage.Contains("$project")) + 1;
        Assert.Equal("locationId", pipeline[0]["$match"].AsBsonDocument.GetElement(0).Name);
        Snapshot.Match(Render(pipeline.Skip(afterProjection).ToList()), new SnapshotNameExtension($"{rows}_{groupBy.Replace(',', '_')}"));
    }

    private static string Render(IReadOnlyList<BsonDocument> pipeline) => new BsonArray(pipeline).ToJson(Relaxed);
}
