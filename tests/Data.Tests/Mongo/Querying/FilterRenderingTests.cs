using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using Snapshooter;
using Snapshooter.Xunit;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Mongo.Querying;

/// <summary>The MQL each filter renders to; the embedded engine's tests pin the meaning, these the spelling.</summary>
public class FilterRenderingTests
{
    public static TheoryData<FilterOperator> Operators => new(Enum.GetValues<FilterOperator>());

    [Theory]
    [MemberData(nameof(Operators))]
    public void Each_operator_renders_as_its_MongoDB_operator(FilterOperator op)
    {
        FilterNode filter = op switch
        {
            FilterOperator.Eq or FilterOperator.Neq => Where("email", op, "ada@example.com"),
            FilterOperator.In or FilterOperator.Nin => Where("email", op, Values("ada@example.com", null)),
            FilterOperator.Gt or FilterOperator.Ngt or FilterOperator.Gte or FilterOperator.Ngte => Where("hiredAt", op, Day),
            FilterOperator.Lt or FilterOperator.Nlt or FilterOperator.Lte or FilterOperator.Nlte => Where("version", op, 3),
            _ => Where("displayName", op, "Ada"),
        };

        Snapshot.Match(Mql.Filter(filter), new SnapshotNameExtension(op.ToString()));
    }

    [Fact]
    public void Pattern_operators_escape_every_regex_metacharacter()
    {
        var filter = All(
            Where("displayName", FilterOperator.Contains, "a.b*c("),
            Where("firstName", FilterOperator.StartsWith, "a.b*c("),
            Where("lastName", FilterOperator.EndsWith, "a.b*c("),
            Where("email", FilterOperator.NContains, @"^[x]{1}|y+?$\/"));

        Snapshot.Match(Mql.Filter(filter));
    }

    [Fact]
    public void Values_are_rendered_as_stored_enums_as_names_dates_as_dates_numbers_as_numbers()
    {
        var filter = All(
            Where("certifications.status", FilterOperator.Eq, CertificationStatus.Revoked),
            Where("hiredAt", FilterOperator.Lt, new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc)),
            Where("version", FilterOperator.In, Values(1, 2L, 2.5, 4m, 4.5m)),
            Where("email", FilterOperator.Eq, null),
            Where("leaderIds", FilterOperator.Neq, "lead-1"));

        Snapshot.Match(Mql.CanonicalFilter(filter));
    }

    [Fact]
    public void And_merges_distinct_fields_into_one_document_and_falls_back_to_and_when_a_field_repeats()
    {
        var filter = Any(
            All(Where("locationId", FilterOperator.Eq, "loc-1"), Where("version", FilterOperator.Gte, 2)),
            All(Where("version", FilterOperator.Gte, 2), Where("version", FilterOperator.Lt, 5)),
            All(Any(Where("email", FilterOperator.Eq, null), Where("email", FilterOperator.EndsWith, "@example.com")), Where("displayName", FilterOperator.Neq, "Ada")));

        Snapshot.Match(Mql.Filter(filter));
    }

    [Fact]
    public void Constant_filters_fold_an_empty_and_to_everything_and_an_empty_or_or_gt_null_to_nothing()
    {
        var rendered = Mql.Filters(
            ("none", null),
            ("emptyAnd", All()),
            ("emptyOr", Any()),
            ("gtNull", Where("email", FilterOperator.Gt, null)),
            ("gteNull", Where("email", FilterOperator.Gte, null)),
            ("orWithAlways", Any(Where("email", FilterOperator.Ngt, null), Where("version", FilterOperator.Eq, 1))));

        Snapshot.Match(rendered);
    }

    [Fact]
    public void Nested_object_paths_render_dotted_inside_elemMatch()
    {
        var filter = Some("certifications", All(
            Where("revocation.determination", FilterOperator.Eq, RevocationDetermination.Permanent),
            Where("revocation.at", FilterOperator.Gte, Day)));

        Snapshot.Match(Mql.Filter(filter));
    }

    [Fact]
    public void Paths_through_a_list_render_as_elemMatch_on_the_list_with_a_null_branch_when_null_matches()
    {
        var rendered = Mql.Filters(
            ("eq", Where("certifications.status", FilterOperator.Eq, CertificationStatus.Certified)),
            ("neq", Where("certifications.status", FilterOperator.Neq, CertificationStatus.Certified)),
            ("eqNull", Where("certifications.revocation.determination", FilterOperator.Eq, null)),
            ("ninWithNull", Where("certifications.revocation.determination", FilterOperator.Nin, Values(null, "Permanent"))),
            ("negatedComparison", Where("certifications.dueAt", FilterOperator.Nlt, Day)),
            ("twoLists", Where("certifications.tiers.status", FilterOperator.In, Values(ProgressStatus.Completed, "InProgress"))));

        Snapshot.Match(rendered);
    }
}
