using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Embedded.Querying;

/// <summary>Single-field conditions, each following the MongoDB manual page named on the test.</summary>
public class FieldConditionTests
{
    [Fact] // $eq: strings are equal byte for byte (simple collation)
    public void Eq_compares_strings_exactly_and_case_sensitively()
    {
        var matched = Matching(Where("displayName", FilterOperator.Eq, "Grace Hopper"),
            Associate("a1") with { DisplayName = "Grace Hopper" },
            Associate("a2") with { DisplayName = "grace hopper" },
            Associate("a3") with { DisplayName = "Grace Hopper " });

        Assert.Equal(["a1"], matched);
    }

    [Fact] // "Query for Null or Missing Fields": {f: null} matches null and missing
    public void Eq_null_matches_a_null_field_and_a_field_missing_under_a_null_sub_document()
    {
        var revoked = Certification("c1", CertificationStatus.Revoked) with { Revocation = Revoked(RevocationDetermination.Permanent) };

        Assert.Equal(["a2"], Matching(Where("email", FilterOperator.Eq, null),
            Associate("a1") with { Email = "ada@example.com" },
            Associate("a2") with { Email = null }));
        Assert.Equal(["a2"], Matching(new ListCondition("certifications", ListQuantifier.Some, Where("revocation.determination", FilterOperator.Eq, null)),
            Associate("a1") with { Certifications = [revoked] },
            Associate("a2") with { Certifications = [Certification("c2")] }));
    }

    [Fact] // $ne: null matches only fields that exist and are not null
    public void Neq_null_matches_only_present_non_null_values()
    {
        var matched = Matching(Where("email", FilterOperator.Neq, null),
            Associate("a1") with { Email = "ada@example.com" },
            Associate("a2") with { Email = null });

        Assert.Equal(["a1"], matched);
    }

    [Fact] // $in with null also matches missing fields; $nin with null excludes them
    public void In_with_null_matches_missing_values_and_Nin_with_null_excludes_them()
    {
        var documents = new[]
        {
            Associate("a1") with { Email = "ada@example.com" },
            Associate("a2") with { Email = null },
            Associate("a3") with { Email = "grace@example.com" },
        };

        Assert.Equal(["a1", "a2"], Matching(Where("email", FilterOperator.In, Values(null, "ada@example.com")), documents));
        Assert.Equal(["a3"], Matching(Where("email", FilterOperator.Nin, Values(null, "ada@example.com")), documents));
        Assert.Empty(Matching(Where("email", FilterOperator.In, Values()), documents));
        Assert.Equal(3, Matching(Where("email", FilterOperator.Nin, Values()), documents).Length);
    }

    [Fact] // "Comparison/Sort Order": $gt/$lt only compare values of the same BSON type (type bracketing)
    public void Comparisons_only_match_values_of_the_bound_s_type()
    {
        var documents = new[] { Associate("a1") with { DisplayName = "9" }, Associate("a2") with { HiredAt = Day } };

        Assert.Empty(Matching(Where("displayName", FilterOperator.Gt, 5), documents));
        Assert.Empty(Matching(Where("displayName", FilterOperator.Lt, Day), documents));
        Assert.Empty(Matching(Where("hiredAt", FilterOperator.Gt, "2000"), documents));
        Assert.Equal(["a1", "a2"], Matching(Where("hiredAt", FilterOperator.Ngt, "2000"), documents));
    }

    [Fact] // "Comparison/Sort Order": numbers compare by value whatever their BSON numeric type
    public void Numbers_compare_by_value_across_int_long_double_and_decimal()
    {
        var documents = new[] { Associate("a1") with { Version = 3 }, Associate("a2") with { Version = 4 } };

        Assert.Equal(["a1"], Matching(Where("version", FilterOperator.Eq, 3), documents));
        Assert.Equal(["a1"], Matching(Where("version", FilterOperator.Eq, 3.0), documents));
        Assert.Equal(["a2"], Matching(Where("version", FilterOperator.Gt, 3.5), documents));
        Assert.Equal(["a1"], Matching(Where("version", FilterOperator.Lte, 3.9m), documents));
        Assert.Equal(["a1", "a2"], Matching(Where("version", FilterOperator.In, Values(3L, 4.0)), documents));
    }

    [Fact] // BSON dates compare as milliseconds since the epoch
    public void Dates_compare_in_whole_milliseconds()
    {
        var documents = new[] { Associate("a1") with { HiredAt = Day }, Associate("a2") with { HiredAt = Day.AddMilliseconds(1) } };

        Assert.Equal(["a2"], Matching(Where("hiredAt", FilterOperator.Gt, Day.AddTicks(9_999)), documents));
        Assert.Equal(["a1"], Matching(Where("hiredAt", FilterOperator.Eq, Day.AddTicks(9_999)), documents));
        Assert.Equal(["a1", "a2"], Matching(Where("hiredAt", FilterOperator.Gte, Day), documents));
    }

    [Fact] // "Comparison/Sort Order": only null (and missing) compare equal to null, nothing orders against it
    public void Gte_and_Lte_null_mean_Eq_null_and_Gt_and_Lt_null_match_nothing()
    {
        var documents = new[] { Associate("a1") with { Email = "ada@example.com" }, Associate("a2") with { Email = null } };

        Assert.Equal(["a2"], Matching(Where("email", FilterOperator.Gte, null), documents));
        Assert.Equal(["a2"], Matching(Where("email", FilterOperator.Lte, null), documents));
        Assert.Empty(Matching(Where("email", FilterOperator.Gt, null), documents));
        Assert.Equal(["a1"], Matching(Where("email", FilterOperator.Ngte, null), documents));
        Assert.Equal(["a1", "a2"], Matching(Where("email", FilterOperator.Nlt, null), documents));
    }

    [Fact] // $not: the negated operators also select documents where the field is null or missing
    public void Negated_comparisons_match_null_and_missing_values()
    {
        var cutoff = Day.AddDays(1);
        var documents = new[]
        {
            Notification("n1", readAt: Day),
            Notification("n2", readAt: Day.AddDays(2)),
            Notification("n3", readAt: null),
        };

        Assert.Equal(["n2"], Matching(Where("readAt", FilterOperator.Gt, cutoff), documents));
        Assert.Equal(["n1", "n3"], Matching(Where("readAt", FilterOperator.Ngt, cutoff), documents));
        Assert.Equal(["n2", "n3"], Matching(Where("readAt", FilterOperator.Nlte, cutoff), documents));
    }

    [Fact] // $regex of the escaped literal: metacharacters never act as a pattern, case matters
    public void Contains_StartsWith_and_EndsWith_treat_the_value_literally()
    {
        var documents = new[]
        {
            Associate("a1") with { DisplayName = "x a.b*c( y" },
            Associate("a2") with { DisplayName = "x aXbbbc( y" },
            Associate("a3") with { DisplayName = "A.B*C(" },
            Associate("a4") with { DisplayName = "a.b*c(\n" },
        };

        Assert.Equal(["a1", "a4"], Matching(Where("displayName", FilterOperator.Contains, "a.b*c("), documents));
        Assert.Equal(["a4"], Matching(Where("displayName", FilterOperator.StartsWith, "a.b*c("), documents));
        Assert.Empty(Matching(Where("displayName", FilterOperator.EndsWith, "a.b*c("), documents));
        Assert.Equal(["a2", "a3"], Matching(Where("displayName", FilterOperator.NContains, "a.b*c("), documents));
    }

    [Fact] // $regex only matches strings; the negated form then matches everything else
    public void Patterns_match_only_string_values()
    {
        var documents = new[] { Associate("a1") with { Version = 12 }, Associate("a2") with { Email = null } };

        Assert.Empty(Matching(Where("version", FilterOperator.Contains, "1"), documents));
        Assert.Empty(Matching(Where("email", FilterOperator.StartsWith, ""), documents));
        Assert.Equal(["a1", "a2"], Matching(Where("version", FilterOperator.NStartsWith, "1"), documents));
    }

    [Fact] // enums are stored as their member names (DocumentMapping), so they compare as those strings
    public void Enum_values_compare_as_their_stored_names()
    {
        var documents = new[]
        {
            Associate("a1") with { Certifications = [Certification("c1", CertificationStatus.Certified)] },
            Associate("a2") with { Certifications = [Certification("c1", CertificationStatus.Revoked)] },
            Associate("a3") with { Certifications = [Certification("c1", CertificationStatus.Assigned)] },
        };

        Assert.Equal(["a1"], Matching(Where("certifications.status", FilterOperator.Eq, CertificationStatus.Certified), documents));
        Assert.Equal(["a1"], Matching(Where("certifications.status", FilterOperator.Eq, "Certified"), documents));
        Assert.Empty(Matching(Where("certifications.status", FilterOperator.Eq, (int)CertificationStatus.Certified), documents));
        Assert.Equal(["a2"], Matching(Where("certifications.status", FilterOperator.Gt, CertificationStatus.Expired), documents));
        Assert.Equal(["a1", "a3"], Matching(Any(Where("certifications.status", FilterOperator.StartsWith, "C"), Where("certifications.status", FilterOperator.EndsWith, "ned")), documents));
    }

    [Fact]
    public void Booleans_compare_with_false_below_true()
    {
        var documents = new[] { Outcome("o1", "Pass", isActive: true), Outcome("o2", "Fail", isActive: false) };

        Assert.Equal(["o2"], Matching(Where("isActive", FilterOperator.Eq, false), documents));
        Assert.Equal(["o1"], Matching(Where("isActive", FilterOperator.Gt, false), documents));
        Assert.Empty(Matching(Where("isActive", FilterOperator.Eq, 0), documents));
    }

    [Fact]
    public void The_id_is_addressed_by_its_element_name()
    {
        var matched = Matching(Where("_id", FilterOperator.In, Values("a2", "a9")), Associate("a1"), Associate("a2"));

        Assert.Equal(["a2"], matched);
    }
}
