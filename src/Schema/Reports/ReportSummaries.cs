using GraphQL;
using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Reports;

public static class ReportSummaries
{
    /// <summary>A summary root field: <c>where</c> and <c>groupBy</c> in, groups counted by the store out.</summary>
    public static void AddSummaryField<TGroupType, TGroupByType, TFilterInput, TRow>(
        this ObjectGraphType root, string name, string description, Func<ITrainingStore, IReportRows<TRow>> rows)
        where TGroupType : IGraphType
        where TGroupByType : EnumerationGraphType
        where TFilterInput : IFilterInputType
        where TRow : Document
    {
        root.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGroupType>>>>(name)
            .Description(description)
            .RequireAuthenticated()
            .Argument<TFilterInput>("where", "Only the rows matching this filter are counted.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TGroupByType>>>>("groupBy", "The keys to count by, in order; an empty list counts every row as one group.")
            .ResolveAsync(async context =>
            {
                var filter = FilterSortArguments.ToStoreQuery(context, await VisibleReportRows.ScopeAsync(context.RequestServices!, context.CancellationToken).ConfigureAwait(false)).Filter;
                var groupBy = context.GetArgument<List<object>>("groupBy").Cast<string>().Distinct(StringComparer.Ordinal).ToList();
                var source = rows(context.Store());
                if (groupBy.Count == 0)
                {
                    var all = await source.QueryAsync(new StoreQuery { Filter = filter, Limit = 0, IncludeTotalCount = true }, context.CancellationToken).ConfigureAwait(false);
                    return new[] { new ReportSummaryGroup(new Dictionary<string, string?>(), all.TotalCount ?? 0) };
                }

                var groups = await source.SummarizeAsync(filter, groupBy, context.CancellationToken).ConfigureAwait(false);
                return groups.Select(g => new ReportSummaryGroup(groupBy.Zip(g.Keys).ToDictionary(k => k.First, k => k.Second, StringComparer.Ordinal), g.Count)).ToArray();
            });
    }
}
