using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Associates;

public static class AssociatesServiceCollectionExtensions
{
    public static IServiceCollection AddAssociates(this IServiceCollection services) =>
        services
            .AddSingleton<AssociateFilterInputType>()
            .AddSingleton<AssociateSortInputType>()
            .AddSingleton<AssociateJobFunctionFilterInputType>()
            .AddSingleton<AssociateObservationFilterInputType>()
            .AddSingleton<AssociateType>()
            .AddSingleton<AssociateJobFunctionType>()
            .AddSingleton<AssociateObservationType>()
            .AddSingleton<AssignmentSourceType>()
            .AddSingleton<IRootFields<QueryType>, AssociateQueries>()
            .AddSingleton<INodeSource, VisibleAssociateNodeSource>();
}
