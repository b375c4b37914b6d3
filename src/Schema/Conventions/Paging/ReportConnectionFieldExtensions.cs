using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Conventions.Paging;

public static class ReportConnectionFieldExtensions
{
    /// <summary>A Relay connection field over report rows, filtered, sorted and paged by the store.</summary>
    public static FieldBuilder<object?, object> ReportConnectionField<TNodeType, TRow>(
        this ObjectGraphType root,
        string name,
        Func<ITrainingStore, IReportRows<TRow>> rows,
        Func<IResolveFieldContext, Task<StoreQuery>> query)
        where TNodeType : IGraphType
        where TRow : Document
    {
        ArgumentNullException.ThrowIfNull(root);
        var field = root.Field<ConnectionType<TNodeType, TRow>>(name);
        Pager.AddArguments(field);
        field.ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            var source = rows(services.GetRequiredService<ITrainingStore>());
            return await services.GetRequiredService<Pager>().PageAsync(context, await query(context).ConfigureAwait(false), source.QueryAsync).ConfigureAwait(false);
        });
        return field;
    }
}
