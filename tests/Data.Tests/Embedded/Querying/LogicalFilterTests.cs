using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded.Querying;
using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Embedded.Querying;

/// <summary>$and/$or nesting and the guards on paths.</summary>
public class LogicalFilterTests
{
    [Fact] // $and / $or
    public void And_and_Or_nest()
    {
        var documents = new[]
        {
            Associate("a1") with { DisplayName = "Ada", LocationId = "loc-1" },
            Associate("a2") with { DisplayName = "Grace", LocationId = "loc-2" },
            Associate("a3") with { DisplayName = "Alan", LocationId = "loc-2" },
        };
        var filter = Any(
            All(Where("locationId", FilterOperator.Eq, "loc-2"), Where("displayName", FilterOperator.StartsWith, "A")),
            Where("displayName", FilterOperator.Eq, "Ada"));

        Assert.Equal(["a1", "a3"], Matching(filter, documents));
    }

    [Fact]
    public void An_empty_And_matches_everything_and_an_empty_Or_nothing()
    {
        Assert.Equal(["a1"], Matching(All(), Associate("a1")));
        Assert.Empty(Matching(Any(), Associate("a1")));
    }

    [Fact]
    public void No_filter_matches_everything()
    {
        var predicate = EmbeddedQueryCompiler.CompileFilter<AssociateDocument>(null);

        Assert.True(predicate(Associate("a1")));
    }

    [Theory]
    [InlineData("displayNam")]
    [InlineData("DisplayName")]
    [InlineData("certifications.nope")]
    [InlineData("displayName.length")]
    [InlineData("certifications..status")]
    public void An_unknown_path_is_refused_naming_the_path(string path)
    {
        var error = Assert.Throws<ArgumentException>(() => Matching(Where(path, FilterOperator.Eq, "x"), Associate("a1")));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_empty_path_outside_a_list_of_single_values_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Matching(Where("", FilterOperator.Eq, "x"), Associate("a1")));
    }

    [Fact]
    public void A_pattern_needs_a_string_and_a_list_operator_needs_a_list()
    {
        Assert.Throws<ArgumentException>(() => Matching(Where("displayName", FilterOperator.Contains, 5), Associate("a1")));
        Assert.Throws<ArgumentException>(() => Matching(Where("displayName", FilterOperator.In, "Ada"), Associate("a1")));
        Assert.Throws<ArgumentException>(() => Matching(Where("displayName", FilterOperator.Eq, Values("Ada")), Associate("a1")));
    }

    [Fact]
    public void Equal_filters_share_a_compiled_predicate_and_values_of_another_type_do_not()
    {
        static FilterNode Version(object value) => All(Where("version", FilterOperator.Eq, value), Where("email", FilterOperator.Eq, null));
        var documents = new[] { Associate("a1") with { Version = 3 } };

        Assert.Same(
            EmbeddedQueryCompiler.CompileFilter<AssociateDocument>(Version(3)),
            EmbeddedQueryCompiler.CompileFilter<AssociateDocument>(Version(3)));
        Assert.Equal(["a1"], Matching(Version(3), documents));
        Assert.Empty(Matching(Version("3"), documents));
        Assert.Equal(["a1"], Matching(Version(3.0), documents));
    }
}
