namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// The first <c>skip + limit</c> rows of an order without sorting them all: a bounded max-heap keeps the best
/// k in O(n log k), which is what a page of a large report needs. The order is total (it ends with <c>_id</c>),
/// so the result is the same as a full sort's.
/// </summary>
public static class TopRows
{
    public static List<T> Page<T>(List<T> matches, IComparer<T> order, int skip, int? limit)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(order);
        var wanted = limit is { } l ? (long)skip + l : long.MaxValue;
        if (wanted >= matches.Count / 2)
        {
            matches.Sort(order);
            return matches.Skip(skip).Take(limit ?? int.MaxValue).ToList();
        }

        var k = (int)wanted;
        if (k == 0)
        {
            return [];
        }

        var worstFirst = Comparer<T>.Create((a, b) => order.Compare(b, a));
        var heap = new PriorityQueue<T, T>(k, worstFirst);
        foreach (var row in matches)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(row, row);
            }
            else if (order.Compare(row, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(row, row);
            }
        }

        var best = new List<T>(k);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best.Skip(skip).ToList();
    }
}
