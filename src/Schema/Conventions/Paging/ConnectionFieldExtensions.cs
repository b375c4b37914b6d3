using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Conventions.Paging;

public static class ConnectionFieldExtensions
{
    /// <summary>A Relay connection field over one store collection, paged by the store.</summary>
    public static FieldBuilder<object?, object> ConnectionField<TNodeType, TDocument>(
        this ObjectGraphType root,
        string name,
        Func<ITrainingStore, IDocumentCollection<TDocument>> collection,
        Func<IResolveFieldContext, StoreQuery> query)
        where TNodeType : IGraphType
        where TDocument : Document
    {
        ArgumentNullException.ThrowIfNull(root);
        var field = root.Field<ConnectionType<TNodeType, TDocument>>(name);
        Pager.AddArguments(field);
        field.ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            var source = collection(services.GetRequiredService<ITrainingStore>());
            return await services.GetRequiredService<Pager>().PageAsync(context, query(context), source.QueryAsync).ConfigureAwait(false);
        });
        return field;
    }
}
