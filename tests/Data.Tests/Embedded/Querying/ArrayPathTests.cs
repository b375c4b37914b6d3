using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Embedded.Querying;

/// <summary>Conditions whose path runs through lists without a quantifier ("Query an Array of Embedded Documents").</summary>
public class ArrayPathTests
{
    private static readonly AssociateDocument Mixed = Associate("a1") with
    {
        Certifications = [Certification("c1", CertificationStatus.Certified), Certification("c2", CertificationStatus.Revoked)],
    };

    private static readonly AssociateDocument OnlyAssigned = Associate("a2") with { Certifications = [Certification("c3")] };

    private static readonly AssociateDocument NoCertifications = Associate("a3");

    [Fact] // a path through an array of documents matches when any element matches
    public void A_path_through_a_list_of_sub_documents_matches_when_any_element_matches()
    {
        var matched = Matching(Where("certifications.status", FilterOperator.Eq, CertificationStatus.Revoked), Mixed, OnlyAssigned, NoCertifications);

        Assert.Equal(["a1"], matched);
    }

    [Fact] // without $elemMatch each condition may be met by a different element
    public void Conditions_on_a_list_path_without_a_quantifier_may_be_met_by_different_elements()
    {
        var filter = All(
            Where("certifications.status", FilterOperator.Eq, CertificationStatus.Certified),
            Where("certifications.certificationId", FilterOperator.Eq, "c2"));

        var sameElement = All(
            Where("status", FilterOperator.Eq, CertificationStatus.Certified),
            Where("certificationId", FilterOperator.Eq, "c2"));

        Assert.Equal(["a1"], Matching(filter, Mixed, OnlyAssigned));
        Assert.Empty(Matching(Some("certifications", sameElement), Mixed, OnlyAssigned));
    }

    [Fact] // $ne and $nin through an array: no element may equal the value
    public void Neq_and_Nin_through_a_list_mean_that_no_element_equals()
    {
        var documents = new[] { Mixed, OnlyAssigned, NoCertifications };

        Assert.Equal(["a2", "a3"], Matching(Where("certifications.status", FilterOperator.Neq, CertificationStatus.Revoked), documents));
        Assert.Equal(["a3"], Matching(Where("certifications.status", FilterOperator.Nin, Values("Assigned", "Certified")), documents));
    }

    [Fact] // order comparisons through an array: any element within the bound
    public void Comparisons_through_a_list_match_when_any_element_is_in_range()
    {
        var matched = Matching(Where("certifications.status", FilterOperator.Lt, "B"), Mixed, OnlyAssigned, NoCertifications);

        Assert.Equal(["a2"], matched);
    }

    [Fact] // {"a.b": null} matches an element whose b is missing (here under a null sub-document), not an empty array
    public void Eq_null_through_a_list_matches_an_element_missing_the_field_but_not_an_empty_list()
    {
        var revoked = Certification("c1", CertificationStatus.Revoked) with { Revocation = Revoked(RevocationDetermination.Permanent) };
        var documents = new[]
        {
            Associate("a1") with { Certifications = [revoked] },
            Associate("a2") with { Certifications = [revoked, Certification("c2")] },
            Associate("a3"),
        };

        Assert.Equal(["a2"], Matching(Where("certifications.revocation.determination", FilterOperator.Eq, null), documents));
        Assert.Equal(["a1", "a3"], Matching(Where("certifications.revocation.determination", FilterOperator.Neq, null), documents));
    }

    [Fact] // "Query an Array": a condition on an array of values matches when any element matches
    public void A_list_of_single_values_matches_when_any_element_matches()
    {
        var documents = new[]
        {
            Associate("a1") with { LeaderIds = ["lead-1", "lead-2"] },
            Associate("a2") with { LeaderIds = ["lead-3"] },
            Associate("a3") with { LeaderIds = [] },
        };

        Assert.Equal(["a1"], Matching(Where("leaderIds", FilterOperator.Eq, "lead-2"), documents));
        Assert.Equal(["a2", "a3"], Matching(Where("leaderIds", FilterOperator.Neq, "lead-2"), documents));
        Assert.Equal(["a1", "a2"], Matching(Where("leaderIds", FilterOperator.StartsWith, "lead-"), documents));
        Assert.Empty(Matching(Where("leaderIds", FilterOperator.Eq, null), documents));
    }

    [Fact] // nested arrays: the path runs through every level
    public void A_path_through_nested_lists_matches_any_element_at_any_level()
    {
        var documents = new[]
        {
            Associate("a1") with { Certifications = [Certification("c1") with { Tiers = [Tier("t1", ProgressStatus.Completed)] }] },
            Associate("a2") with { Certifications = [Certification("c1") with { Tiers = [Tier("t1", ProgressStatus.InProgress)] }, Certification("c2")] },
        };

        Assert.Equal(["a1"], Matching(Where("certifications.tiers.status", FilterOperator.Eq, ProgressStatus.Completed), documents));
    }
}
