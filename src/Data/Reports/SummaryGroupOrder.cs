using GraphTraining.Data.Embedded.Querying;

namespace GraphTraining.Data.Reports;

/// <summary>Orders groups by their keys in turn, null first and strings in code point order, as MongoDB's <c>$sort</c> does.</summary>
public sealed class SummaryGroupOrder : IComparer<SummaryGroup>
{
    public static SummaryGroupOrder Instance { get; } = new();

    public int Compare(SummaryGroup? x, SummaryGroup? y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        for (var i = 0; i < Math.Min(x.Keys.Count, y.Keys.Count); i++)
        {
            var order = StringOrder.Compare(x.Keys[i], y.Keys[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return x.Keys.Count.CompareTo(y.Keys.Count);
    }
}
