using GraphQL.Builders;
using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Conventions.Loading;

public static class ReferenceFieldExtensions
{
    /// <summary>A field that follows an id to another document through the request's batch loader; null when the id is null or dangling.</summary>
    public static FieldBuilder<TSource, object> Reference<TSource, TGraphType, TDocument>(
        this ObjectGraphType<TSource> type,
        string name,
        Func<TSource, string?> id,
        Func<Loaders, DocumentByIdLoader<TDocument>> loader)
        where TGraphType : IGraphType
        where TDocument : Document
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<TGraphType>(name)
            .Resolve(context => id(context.Source) is { } key ? loader(context.Loaders()).Load(key) : null);
    }

    /// <summary>A list field that follows ids to other documents, skipping dangling ones.</summary>
    public static FieldBuilder<TSource, object> References<TSource, TGraphType, TDocument>(
        this ObjectGraphType<TSource> type,
        string name,
        Func<TSource, IEnumerable<string>> ids,
        Func<Loaders, DocumentByIdLoader<TDocument>> loader)
        where TGraphType : IGraphType
        where TDocument : Document
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TGraphType>>>>(name)
            .Resolve(context => loader(context.Loaders()).LoadMany(ids(context.Source)));
    }
}
