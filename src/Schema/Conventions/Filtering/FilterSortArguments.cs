using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Sorting;

namespace GraphTraining.Schema.Conventions.Filtering;

/// <summary>The <c>where</c> and <c>order</c> arguments of a list field, and their translation into a store query.</summary>
public static class FilterSortArguments
{
    public static FieldBuilder<TSource, TReturn> Filterable<TSource, TReturn, TFilterInput, TSortInput>(this FieldBuilder<TSource, TReturn> field)
        where TFilterInput : IFilterInputType
        where TSortInput : SortInputType
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<TFilterInput>("where", "Only the rows matching this filter.")
            .Argument<ListGraphType<NonNullGraphType<TSortInput>>>("order", "Sort keys, applied in turn.");
    }

    /// <summary>The store query for the field's <c>where</c> and <c>order</c> arguments, ANDed with a fixed filter when given.</summary>
    public static StoreQuery ToStoreQuery(IResolveFieldContext context, FilterNode? fixedFilter = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        FilterNode? filter = fixedFilter;
        if (context.GetArgument<Dictionary<string, object?>?>("where") is { Count: > 0 } where)
        {
            var input = FilterPaths.Unwrap(context.FieldDefinition.Arguments!.Find("where")!.ResolvedType);
            var requested = input.Translate(where, "", null);
            filter = filter is null ? requested : new AllOf([filter, requested]);
        }

        var sort = new List<SortField>();
        if (context.GetArgument<List<object?>?>("order") is { } order
            && context.FieldDefinition.Arguments!.Find("order")!.ResolvedType is ListGraphType { ResolvedType: NonNullGraphType { ResolvedType: SortInputType sortType } })
        {
            foreach (var key in order.OfType<IDictionary<string, object?>>())
            {
                sort.AddRange(sortType.Translate(key, ""));
            }
        }

        // A key repeated later can never change the order (MongoDB refuses it outright), so the first one stands.
        return new StoreQuery { Filter = filter, Sort = sort.DistinctBy(s => s.Field, StringComparer.Ordinal).ToList() };
    }
}
