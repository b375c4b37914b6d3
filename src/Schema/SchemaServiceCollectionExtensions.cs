using GraphQL;
using GraphTraining.Schema.Assignments;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Identity;
using GraphTraining.Schema.JobFunctions;
using GraphTraining.Schema.Locations;
using GraphTraining.Schema.Plans;
using GraphTraining.Schema.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema;

public static class SchemaServiceCollectionExtensions
{
    /// <summary>The GraphQL schema: the shared conventions, then each feature in turn.</summary>
    public static IServiceCollection AddTrainingSchema(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<TrainingSchema>()
            .AddSystemTextJson()
            .AddErrorInfoProvider<TrainingErrorInfoProvider>()
            .AddUnhandledExceptionHandler(UnhandledExceptionLog.WriteAsync)
            .AddIdentity());
        return services
            .AddConventions(configuration)
            .AddIdentity(configuration)
            .AddLocations()
            .AddAssociates()
            .AddJobFunctions()
            .AddCertifications()
            .AddChecklists()
            .AddPlans()
            .AddAssignments()
            .AddReports();
    }
}
