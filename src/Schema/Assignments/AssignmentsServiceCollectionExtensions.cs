using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Assignments;

public static class AssignmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAssignments(this IServiceCollection services) =>
        services
            .AddSingleton<AssignCertificationInputType>()
            .AddSingleton<AssignChecklistInputType>()
            .AddSingleton<EligibilityMismatchType>()
            .AddSingleton<NotEligibleErrorType>()
            .AddSingleton<AlreadyAssignedErrorType>()
            .AddSingleton<PermanentlyRevokedErrorType>()
            .AddSingleton<JobFunctionNotRequiredErrorType>()
            .AddSingleton<IRootFields<MutationType>, AssignmentMutations>();
}
