using System.Linq.Expressions;
using System.Reflection;

namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// A positive condition on one typed value reached by a path, and its verdict where the path ends early
/// (a null sub-document or list on the way: MongoDB's missing value).
/// </summary>
internal abstract class ValueTest<T>
{
    private static readonly MethodInfo TestMethod = typeof(ValueTest<T>).GetMethod(nameof(Test))!;

    public abstract bool MatchesMissing { get; }

    public abstract bool Test(T value);

    /// <summary>The test as an expression over <paramref name="value"/>, for filters compiled into one lambda.</summary>
    public virtual Expression Express(Expression value) => Expression.Call(Expression.Constant(this), TestMethod, value);
}
