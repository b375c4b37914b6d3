using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Embedded.Querying;

/// <summary>Sort order per the MongoDB manual's "Comparison/Sort Order" and "cursor.sort()".</summary>
public class SortTests
{
    private static SortField Asc(string field) => new(field, SortDirection.Ascending);

    private static SortField Desc(string field) => new(field, SortDirection.Descending);

    [Fact] // null and missing compare equal and below every other type
    public void Null_sorts_first_ascending_and_last_descending_with_ties_broken_by_id()
    {
        var documents = new[]
        {
            Associate("a3") with { Email = null },
            Associate("a2") with { Email = "b@example.com" },
            Associate("a1") with { Email = null },
            Associate("a4") with { Email = "a@example.com" },
        };

        Assert.Equal(["a1", "a3", "a4", "a2"], Sorted([Asc("email")], documents));
        Assert.Equal(["a2", "a4", "a1", "a3"], Sorted([Desc("email")], documents));
    }

    [Fact] // simple collation compares UTF-8 bytes: code point order, not UTF-16 code units
    public void Strings_sort_by_code_point_with_characters_above_U_FFFF_last()
    {
        var documents = new[]
        {
            Associate("emoji") with { DisplayName = "\U0001F600" },
            Associate("replacement") with { DisplayName = "\uFFFD" },
            Associate("upper") with { DisplayName = "Z" },
            Associate("lower") with { DisplayName = "a" },
            Associate("accent") with { DisplayName = "\u00E9" },
        };

        Assert.Equal(["upper", "lower", "accent", "replacement", "emoji"], Sorted([Asc("displayName")], documents));
    }

    [Fact]
    public void Every_sort_ends_with_id_ascending_in_code_point_order()
    {
        var documents = new[] { Associate("b"), Associate("\uFFFD"), Associate("a"), Associate("\U0001F600") };

        Assert.Equal(["a", "b", "\uFFFD", "\U0001F600"], Sorted([], documents));
        Assert.Equal(["\U0001F600", "\uFFFD", "b", "a"], Sorted([Desc("_id")], documents));
    }

    [Fact]
    public void Numbers_dates_and_booleans_sort_by_value()
    {
        Assert.Equal(["a2", "a1"], Sorted([Asc("version")], Associate("a1") with { Version = 10 }, Associate("a2") with { Version = 9 }));
        Assert.Equal(["a2", "a1"], Sorted([Asc("hiredAt")], Associate("a1") with { HiredAt = Day }, Associate("a2") with { HiredAt = Day.AddYears(-30) }));
        Assert.Equal(["o2", "o1"], Sorted([Asc("isActive")], Outcome("o1", "Pass", isActive: true), Outcome("o2", "Fail", isActive: false)));
    }

    [Fact] // an array field sorts by its smallest element ascending and its largest descending
    public void A_list_sorts_by_its_smallest_element_ascending_and_largest_descending()
    {
        var documents = new[]
        {
            Associate("a1") with { LeaderIds = ["m", "c"] },
            Associate("a2") with { LeaderIds = ["d"] },
            Associate("a3") with { LeaderIds = ["b", "z"] },
        };

        Assert.Equal(["a3", "a1", "a2"], Sorted([Asc("leaderIds")], documents));
        Assert.Equal(["a3", "a1", "a2"], Sorted([Desc("leaderIds")], documents));
    }

    [Fact] // "Comparison/Sort Order": an empty array sorts below null and missing
    public void An_empty_list_sorts_before_null_in_both_directions()
    {
        var documents = new[]
        {
            Associate("a1") with { LeaderIds = ["x"] },
            Associate("a2") with { LeaderIds = null! },
            Associate("a3") with { LeaderIds = [] },
        };

        Assert.Equal(["a3", "a2", "a1"], Sorted([Asc("leaderIds")], documents));
        Assert.Equal(["a1", "a2", "a3"], Sorted([Desc("leaderIds")], documents));
    }

    [Fact] // sort keys through an array of documents: every element contributes, an empty array counts as null
    public void A_path_through_a_list_of_sub_documents_sorts_by_the_smallest_or_largest_element_value()
    {
        var documents = new[]
        {
            Associate("a1") with { Certifications = [Certification("c1", CertificationStatus.Certified), Certification("c2", CertificationStatus.Revoked)] },
            Associate("a2") with { Certifications = [Certification("c1", CertificationStatus.InProgress)] },
            Associate("a3"),
        };

        Assert.Equal(["a3", "a1", "a2"], Sorted([Asc("certifications.status")], documents));
        Assert.Equal(["a1", "a2", "a3"], Sorted([Desc("certifications.status")], documents));
    }

    [Fact]
    public void Later_keys_break_ties_of_earlier_ones_including_nested_paths()
    {
        var documents = new[]
        {
            Associate("a1") with { LocationId = "loc-2", Certifications = [Certification("c1") with { Revocation = Revoked(RevocationDetermination.Suspension) }] },
            Associate("a2") with { LocationId = "loc-1" },
            Associate("a3") with { LocationId = "loc-2", Certifications = [Certification("c1") with { Revocation = Revoked(RevocationDetermination.Permanent) }] },
        };

        Assert.Equal(["a2", "a1", "a3"], Sorted([Asc("locationId"), Desc("certifications.revocation.determination")], documents));
    }

    [Fact] // MongoDB cannot sort on parallel arrays, and pairs keys under one array, which we do not mirror
    public void Two_keys_through_lists_and_keys_on_sub_documents_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Sorted([Asc("leaderIds"), Asc("certifications.status")], Associate("a1")));
        Assert.Throws<ArgumentException>(() => Sorted([Asc("certifications")], Associate("a1")));
        Assert.Throws<ArgumentException>(() => Sorted([Asc("email"), Desc("email")], Associate("a1")));
        Assert.Throws<ArgumentException>(() => Sorted([Asc("nope")], Associate("a1")));
    }
}
