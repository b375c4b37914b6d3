using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.JobFunctions;

public static class JobFunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddJobFunctions(this IServiceCollection services) =>
        services
            .AddSingleton<JobFunctionType>()
            .AddSingleton<ActionPlanType>()
            .AddSingleton<ActionPlanChecklistType>()
            .AddSingleton<ActionPlanCertificationType>()
            .AddSingleton<ActionPlanObservationType>()
            .AddSingleton<IRootFields<QueryType>, JobFunctionQueries>()
            .AddSingleton<INodeSource>(new DocumentNodeSource<JobFunctionDocument>("JobFunction", store => store.JobFunctions));
}
