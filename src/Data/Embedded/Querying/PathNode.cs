namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// Walks a typed value along the rest of a path the way MongoDB walks a BSON path ("Query an Array of
/// Embedded Documents", <c>ElementPath</c>): a null sub-document or list on the way is a missing value, a
/// list the path continues through is entered element by element (null elements skipped), and the walk
/// succeeds when any value it reaches passes the test. Nodes are stateless and shared between queries.
/// </summary>
internal abstract class PathNode<TIn, TLeaf>
{
    public abstract bool Any(TIn input, ValueTest<TLeaf> test);
}

/// <summary>The path ends at this value.</summary>
internal sealed class LeafNode<TLeaf> : PathNode<TLeaf, TLeaf>
{
    public override bool Any(TLeaf input, ValueTest<TLeaf> test) => test.Test(input);
}

/// <summary>
/// The path ends at a list and the condition applies to its elements. MongoDB also offers the list itself
/// to the condition, but a list never equals or orders against a single value, so that changes nothing.
/// </summary>
internal sealed class LeafListNode<TItem> : PathNode<IReadOnlyList<TItem>?, TItem>
{
    public override bool Any(IReadOnlyList<TItem>? input, ValueTest<TItem> test)
    {
        if (input is null)
        {
            return test.MatchesMissing;
        }

        foreach (var item in ListItems.Of(input))
        {
            if (test.Test(item))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Reads one member of a sub-document, which is missing when the sub-document is null.</summary>
internal sealed class MemberNode<TIn, TMember, TLeaf>(Func<TIn, TMember> read, PathNode<TMember, TLeaf> next)
    : PathNode<TIn, TLeaf>
{
    public override bool Any(TIn input, ValueTest<TLeaf> test) =>
        input is null ? test.MatchesMissing : next.Any(read(input), test);
}

/// <summary>The last member read, fused with its leaf: the shape of nearly every filter.</summary>
internal sealed class MemberLeafNode<TIn, TLeaf>(Func<TIn, TLeaf> read) : PathNode<TIn, TLeaf>
{
    public override bool Any(TIn input, ValueTest<TLeaf> test) =>
        input is null ? test.MatchesMissing : test.Test(read(input));
}

/// <summary>A list of sub-documents the path continues through; an empty list yields nothing.</summary>
internal sealed class ListHopNode<TItem, TLeaf>(PathNode<TItem, TLeaf> next) : PathNode<IReadOnlyList<TItem>?, TLeaf>
{
    public override bool Any(IReadOnlyList<TItem>? input, ValueTest<TLeaf> test)
    {
        if (input is null)
        {
            return test.MatchesMissing;
        }

        foreach (var item in ListItems.Of(input))
        {
            if (item is not null && next.Any(item, test))
            {
                return true;
            }
        }

        return false;
    }
}
