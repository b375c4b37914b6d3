using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Embedded.Querying;

/// <summary>some/all/none/any over embedded lists ("$elemMatch", "$not").</summary>
public class ListQuantifierTests
{
    private static readonly FilterNode CertifiedManually = All(
        Where("status", FilterOperator.Eq, CertificationStatus.Certified),
        Where("source", FilterOperator.Eq, AssignmentSource.Manual));

    private static readonly AssociateDocument BothOnOneElement = Associate("a1") with
    {
        Certifications = [Certification("c1", CertificationStatus.Certified)],
    };

    private static readonly AssociateDocument SplitAcrossElements = Associate("a2") with
    {
        Certifications =
        [
            Certification("c1", CertificationStatus.Certified) with { Source = AssignmentSource.ActionPlan },
            Certification("c2", CertificationStatus.Assigned),
        ],
    };

    private static readonly AssociateDocument Empty = Associate("a3");

    [Fact] // $elemMatch: one element must meet every condition (Any with an element filter means the same)
    public void Some_requires_one_element_to_meet_every_condition()
    {
        Assert.Equal(["a1"], Matching(Some("certifications", CertifiedManually), BothOnOneElement, SplitAcrossElements, Empty));
        Assert.Equal(["a1"], Matching(new ListCondition("certifications", ListQuantifier.Any, CertifiedManually), BothOnOneElement, SplitAcrossElements, Empty));
    }

    [Fact] // {f: {$not: {$elemMatch: C}}}: no element matches, so empty and missing lists qualify
    public void None_matches_when_no_element_matches_including_empty_lists()
    {
        Assert.Equal(["a2", "a3"], Matching(NoneOf("certifications", CertifiedManually), BothOnOneElement, SplitAcrossElements, Empty));
    }

    [Fact] // {f: {$not: {$elemMatch: {$nor: [C]}}}}: no element fails, so an empty list qualifies vacuously
    public void All_requires_every_element_to_match_and_holds_for_empty_lists()
    {
        var notRevoked = Where("status", FilterOperator.Neq, CertificationStatus.Revoked);
        var withRevoked = Associate("a4") with { Certifications = [Certification("c1"), Certification("c2", CertificationStatus.Revoked)] };

        Assert.Equal(["a1", "a2", "a3"], Matching(Every("certifications", notRevoked), BothOnOneElement, SplitAcrossElements, Empty, withRevoked));
        Assert.Equal(["a1", "a3"], Matching(Every("certifications", CertifiedManually), BothOnOneElement, SplitAcrossElements, Empty));
    }

    [Fact]
    public void Without_an_element_filter_Some_and_Any_mean_non_empty_None_means_empty_and_All_always_holds()
    {
        var documents = new[] { BothOnOneElement, Empty };

        Assert.Equal(["a1"], Matching(new ListCondition("certifications", ListQuantifier.Any, null), documents));
        Assert.Equal(["a1"], Matching(Some("certifications", null), documents));
        Assert.Equal(["a3"], Matching(NoneOf("certifications", null), documents));
        Assert.Equal(["a1", "a3"], Matching(Every("certifications", null), documents));
    }

    [Fact] // $elemMatch on an array of values: {leaderIds: {$elemMatch: {$eq: "x"}}}, the empty path is the element
    public void The_empty_path_tests_the_element_itself_in_a_list_of_single_values()
    {
        var documents = new[]
        {
            Associate("a1") with { LeaderIds = ["lead-1", "lead-2"] },
            Associate("a2") with { LeaderIds = ["lead-3"] },
            Associate("a3") with { LeaderIds = [] },
        };

        Assert.Equal(["a1"], Matching(Some("leaderIds", Where("", FilterOperator.Eq, "lead-2")), documents));
        Assert.Equal(["a2", "a3"], Matching(NoneOf("leaderIds", Where("", FilterOperator.Eq, "lead-2")), documents));
        Assert.Equal(["a2", "a3"], Matching(Every("leaderIds", Where("", FilterOperator.Gt, "lead-2")), documents));
        Assert.Equal(["a1", "a2"], Matching(Some("leaderIds", Any(Where("", FilterOperator.Eq, "lead-1"), Where("", FilterOperator.EndsWith, "3"))), documents));
    }

    [Fact] // the operator form of $elemMatch cannot hold one operator twice, so neither engine accepts it
    public void A_single_value_element_filter_repeating_an_operator_is_refused()
    {
        var filter = Some("leaderIds", All(Where("", FilterOperator.Gt, "a"), Where("", FilterOperator.Gt, "b")));

        var error = Assert.Throws<ArgumentException>(() => Matching(filter, Associate("a1")));
        Assert.Contains("leaderIds", error.Message, StringComparison.Ordinal);
    }

    [Fact] // nested $elemMatch, and a nested object path inside an element
    public void Quantifiers_nest_and_element_paths_are_relative_to_the_element()
    {
        var documents = new[]
        {
            Associate("a1") with { Certifications = [Certification("c1") with { Tiers = [Tier("t1", ProgressStatus.Completed)] }] },
            Associate("a2") with { Certifications = [Certification("c1") with { Tiers = [Tier("t1", ProgressStatus.NotStarted)] }] },
            Associate("a3") with { Certifications = [Certification("c1", CertificationStatus.Revoked) with { Revocation = Revoked(RevocationDetermination.Permanent) }] },
        };

        Assert.Equal(["a1"], Matching(Some("certifications", Some("tiers", Where("status", FilterOperator.Eq, ProgressStatus.Completed))), documents));
        Assert.Equal(["a3"], Matching(Some("certifications", Where("revocation.determination", FilterOperator.Eq, RevocationDetermination.Permanent)), documents));
        Assert.Equal(["a1", "a3"], Matching(NoneOf("certifications.tiers", Where("status", FilterOperator.Eq, ProgressStatus.NotStarted)), documents));
    }

    [Fact]
    public void A_quantifier_on_a_field_that_is_not_a_list_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Matching(Some("displayName", Where("", FilterOperator.Eq, "x")), Associate("a1")));

        Assert.Contains("displayName", error.Message, StringComparison.Ordinal);
    }
}
