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
        var predicate = GraphTraining.Data.Embedded.Querying.EmbeddedQueryCompiler.CompileFilter<GraphTraining.Data.Documents.AssociateDocument>(null);

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
}
