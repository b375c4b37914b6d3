using GraphTraining.Data.Embedded.Querying;

namespace GraphTraining.Data.Tests.Embedded.Querying;

public class TopRowsTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(7, 3)]
    [InlineData(0, 0)]
    [InlineData(990, 20)]
    [InlineData(40, null)]
    public void A_page_equals_the_same_slice_of_a_full_sort(int skip, int? limit)
    {
        var random = new Random(42);
        var rows = Enumerable.Range(0, 1000).Select(_ => random.Next(200)).ToList();
        var order = Comparer<int>.Default;

        var page = TopRows.Page([.. rows], order, skip, limit);

        Assert.Equal(rows.Order().Skip(skip).Take(limit ?? int.MaxValue), page);
    }
}
