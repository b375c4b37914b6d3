using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using Snapshooter;
using Snapshooter.Xunit;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Mongo.Querying;

public class ListRenderingTests
{
    private static readonly FilterNode CertifiedManually = All(
        Where("status", FilterOperator.Eq, CertificationStatus.Certified),
        Where("source", FilterOperator.Eq, AssignmentSource.Manual));

    public static TheoryData<ListQuantifier> Quantifiers => new(Enum.GetValues<ListQuantifier>());

    [Theory]
    [MemberData(nameof(Quantifiers))]
    public void Each_quantifier_over_sub_documents_renders_with_elemMatch(ListQuantifier quantifier)
    {
        var rendered = Mql.Filters(
            ("withElementFilter", new ListCondition("certifications", quantifier, CertifiedManually)),
            ("withoutElementFilter", new ListCondition("certifications", quantifier, null)),
            ("throughAList", new ListCondition("certifications.tiers", quantifier, Where("status", FilterOperator.Neq, ProgressStatus.Completed))));

        Snapshot.Match(rendered, new SnapshotNameExtension(quantifier.ToString()));
    }

    [Theory]
    [MemberData(nameof(Quantifiers))]
    public void Each_quantifier_over_single_values_renders_the_operator_form_of_elemMatch(ListQuantifier quantifier)
    {
        var rendered = Mql.Filters(
            ("single", new ListCondition("leaderIds", quantifier, Where("", FilterOperator.Eq, "lead-1"))),
            ("conjunction", new ListCondition("leaderIds", quantifier, All(
                Where("", FilterOperator.Neq, "lead-1"),
                Where("", FilterOperator.Nin, Values("lead-2", "lead-3")),
                Where("", FilterOperator.StartsWith, "lead-")))),
            ("disjunction", new ListCondition("leaderIds", quantifier, Any(
                Where("", FilterOperator.Eq, "lead-1"),
                Where("", FilterOperator.Ngt, "lead-5")))),
            ("withNull", new ListCondition("roleIds", quantifier, Where("", FilterOperator.In, Values("admin", null)))));

        Snapshot.Match(rendered, new SnapshotNameExtension(quantifier.ToString()));
    }

    [Fact]
    public void Quantifiers_nest()
    {
        var filter = Some("certifications", All(
            Where("status", FilterOperator.Eq, CertificationStatus.InProgress),
            Every("tiers", Where("status", FilterOperator.Neq, ProgressStatus.NotStarted)),
            NoneOf("timeline", Where("kind", FilterOperator.Eq, TimelineEventKind.Suspended))));

        Snapshot.Match(Mql.Filter(filter));
    }
}
