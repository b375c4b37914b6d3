using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Conventions.Sorting;
using GraphQL.Types.Relay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Conventions;

public static class ConventionsServiceCollectionExtensions
{
    /// <summary>The shapes every feature reuses: roots, node ids, paging, loaders and user errors.</summary>
    public static IServiceCollection AddConventions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PagingOptions>(configuration.GetSection(PagingOptions.SectionName));
        return services
            .AddSingleton<QueryType>()
            .AddSingleton<MutationType>()
            .AddSingleton<NodeInterface>()
            .AddSingleton<IRootFields<QueryType>, NodeQueries>()
            .AddSingleton<UserErrorInterface>()
            .AddSingleton<NotFoundErrorType>()
            .AddSingleton<NameRequiredErrorType>()
            .AddSingleton<NameTakenErrorType>()
            .AddSingleton(typeof(Paging.ConnectionType<,>))
            .AddSingleton(typeof(EdgeType<>))
            .AddSingleton<PageInfoType>()
            .AddSingleton<Pager>()
            .AddSingleton<StringOperationFilterInputType>()
            .AddSingleton<IdOperationFilterInputType>()
            .AddSingleton<BooleanOperationFilterInputType>()
            .AddSingleton<ComparableDateTimeOperationFilterInputType>()
            .AddSingleton<ComparableInt32OperationFilterInputType>()
            .AddSingleton<ListStringOperationFilterInputType>()
            .AddSingleton<ListIdOperationFilterInputType>()
            .AddSingleton(typeof(EnumOperationFilterInputType<>))
            .AddSingleton(typeof(ListFilterInputType<>))
            .AddSingleton<SortEnumType>()
            .AddScoped<Loaders>();
    }
}
