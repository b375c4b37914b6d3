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
        ArgumentNullException.ThrowIfNull(collection);
        return root.ConnectionField<TNodeType, TDocument>(name, services => collection(services.GetRequiredService<ITrainingStore>()).QueryAsync, query);
    }

    /// <summary>A Relay connection field over any store read (e.g. one that applies the viewer's scope), paged by the store.</summary>
    public static FieldBuilder<object?, object> ConnectionField<TNodeType, TDocument>(
        this ObjectGraphType root,
        string name,
        Func<IServiceProvider, Func<StoreQuery, CancellationToken, Task<StorePage<TDocument>>>> read,
        Func<IResolveFieldContext, StoreQuery> query)
        where TNodeType : IGraphType
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(read);
        var field = root.Field<ConnectionType<TNodeType, TDocument>>(name);
        Pager.AddArguments(field);
        field.ResolveAsync(async context =>
        {
            var services = context.RequestServices!;
            return await services.GetRequiredService<Pager>().PageAsync(context, query(context), read(services)).ConfigureAwait(false);
        });
        return field;
    }
}
