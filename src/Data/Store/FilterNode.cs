namespace GraphTraining.Data.Store;

/// <summary>
/// A filter over documents, in element-name paths, with MongoDB's meaning (see <see cref="FieldCondition"/>).
/// </summary>
public abstract record FilterNode;

/// <summary>Every filter matches (MongoDB <c>$and</c>).</summary>
public sealed record AllOf(IReadOnlyList<FilterNode> Filters) : FilterNode;

/// <summary>At least one filter matches (MongoDB <c>$or</c>).</summary>
public sealed record AnyOf(IReadOnlyList<FilterNode> Filters) : FilterNode;

/// <summary>
/// Compares the value at a dotted path. Paths through arrays match when any element matches, and
/// <c>Eq null</c> also matches a missing field, exactly as in MongoDB. <see cref="FilterOperator.In"/> and
/// <see cref="FilterOperator.Nin"/> take an <c>IReadOnlyList&lt;object?&gt;</c>. The negated operators
/// (<c>Ngt</c>, <c>NContains</c>, ...) are <c>$not</c> of the positive one, so they also match missing values.
/// String operators compare ordinally and treat the value literally.
/// </summary>
public sealed record FieldCondition(string Field, FilterOperator Operator, object? Value) : FilterNode;

/// <summary>
/// A quantifier over an embedded array, its element filter evaluated on each element: <c>Some</c> is
/// <c>$elemMatch</c>, <c>All</c> means no element fails, <c>None</c> means no element matches, and
/// <c>Any</c> (with a null element filter) means the array is non-empty.
/// </summary>
public sealed record ListCondition(string Field, ListQuantifier Quantifier, FilterNode? Element) : FilterNode;
