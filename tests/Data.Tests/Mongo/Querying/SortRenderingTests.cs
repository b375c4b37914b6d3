using GraphTraining.Data.Store;
using Snapshooter.Xunit;
using static GraphTraining.Data.Tests.Embedded.Querying.QueryDocuments;

namespace GraphTraining.Data.Tests.Mongo.Querying;

public class SortRenderingTests
{
    [Fact]
    public void Sort_keeps_the_keys_in_order_with_nested_paths_and_ends_with_id_ascending()
    {
        var rendered = Mql.Sorts(
            ("none", []),
            ("multiKey",
            [
                new SortField("locationId", SortDirection.Ascending),
                new SortField("certifications.revocation.at", SortDirection.Descending),
                new SortField("displayName", SortDirection.Ascending),
            ]),
            ("byIdDescending", [new SortField("displayName", SortDirection.Ascending), new SortField("_id", SortDirection.Descending)]));

        Snapshot.Match(rendered);
    }

    [Fact]
    public void A_whole_query_renders_filter_sort_skip_and_limit()
    {
        var query = new StoreQuery
        {
            Filter = Some("certifications", Where("status", FilterOperator.In, Values("Certified", "Expired"))),
            Sort = [new SortField("hiredAt", SortDirection.Descending)],
            Skip = 40,
            Limit = 20,
        };

        Snapshot.Match(Mql.Query(query));
    }

    [Fact]
    public void The_renderer_refuses_what_the_embedded_engine_refuses()
    {
        Assert.Throws<ArgumentException>(() => Mql.Sort(new SortField("leaderIds", SortDirection.Ascending), new SortField("roleIds", SortDirection.Ascending)));
        Assert.Throws<ArgumentException>(() => Mql.Filter(Where("displayNam", FilterOperator.Eq, "x")));
        Assert.Throws<ArgumentException>(() => Mql.Filter(Some("leaderIds", All(Where("", FilterOperator.Gt, "a"), Where("", FilterOperator.Gt, "b")))));
        Assert.Throws<ArgumentException>(() => Mql.Filter(Some("leaderIds", Where("value", FilterOperator.Eq, "a"))));
        Assert.Throws<ArgumentException>(() => Mql.Filter(Some("certifications", Where("", FilterOperator.Eq, "a"))));
    }
}
