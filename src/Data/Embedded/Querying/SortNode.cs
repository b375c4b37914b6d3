namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Collects the sort keys MongoDB generates for a path (as for a multikey index): every value reached, null
/// where the path ends early, and <see cref="ValueRank.Undefined"/> (below null) for an empty list at the
/// end of the path, so an empty list sorts before null and missing in both directions.
/// </summary>
internal abstract class SortNode<TIn>
{
    public abstract void Visit(TIn input, ref KeyPick pick);
}

/// <summary>Keeps the smallest key (ascending sort) or the largest (descending), as MongoDB does for arrays.</summary>
internal struct KeyPick(bool largest)
{
    private bool _picked;
    private QueryValue _key;

    public readonly QueryValue Key => _picked ? _key : QueryValue.Null;

    public void Offer(in QueryValue key)
    {
        if (!_picked || (largest ? QueryValue.Compare(key, _key) > 0 : QueryValue.Compare(key, _key) < 0))
        {
            _key = key;
            _picked = true;
        }
    }
}

internal sealed class SortMemberNode<TIn, TMember>(Func<TIn, TMember> read, SortNode<TMember> next) : SortNode<TIn>
{
    public override void Visit(TIn input, ref KeyPick pick)
    {
        if (input is null)
        {
            pick.Offer(QueryValue.Null);
        }
        else
        {
            next.Visit(read(input), ref pick);
        }
    }
}

internal sealed class SortMemberLeafNode<TIn, TLeaf>(Func<TIn, TLeaf> read, Func<TLeaf, QueryValue> convert) : SortNode<TIn>
{
    public override void Visit(TIn input, ref KeyPick pick) =>
        pick.Offer(input is null ? QueryValue.Null : convert(read(input)));
}

internal sealed class SortLeafListNode<TItem>(Func<TItem, QueryValue> convert) : SortNode<IReadOnlyList<TItem>?>
{
    public override void Visit(IReadOnlyList<TItem>? input, ref KeyPick pick)
    {
        if (input is null || input.Count == 0)
        {
            pick.Offer(input is null ? QueryValue.Null : QueryValue.Undefined);
            return;
        }

        foreach (var item in ListItems.Of(input))
        {
            pick.Offer(convert(item));
        }
    }
}

/// <summary>A list the path continues through: each sub-document adds its keys, anything else adds null.</summary>
internal sealed class SortListHopNode<TItem>(SortNode<TItem> next) : SortNode<IReadOnlyList<TItem>?>
{
    public override void Visit(IReadOnlyList<TItem>? input, ref KeyPick pick)
    {
        if (input is null || input.Count == 0)
        {
            pick.Offer(QueryValue.Null);
            return;
        }

        foreach (var item in ListItems.Of(input))
        {
            if (item is null)
            {
                pick.Offer(QueryValue.Null);
            }
            else
            {
                next.Visit(item, ref pick);
            }
        }
    }
}
