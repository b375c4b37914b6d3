using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Plans;

public static class PlansServiceCollectionExtensions
{
    public static IServiceCollection AddPlans(this IServiceCollection services) =>
        services
            .AddSingleton<AssociatePlanFilterInputType>()
            .AddSingleton<AssociatePlanType>()
            .AddSingleton<PlanMeetingType>()
            .AddSingleton<PlanNoteType>()
            .AddSingleton<PlanEvidenceType>()
            .AddSingleton<PlanStatusType>()
            .AddSingleton<PlanTypeType>()
            .AddSingleton<PlanOutcomeType>()
            .AddSingleton<CreatePlanTypeInputType>()
            .AddSingleton<UpdatePlanTypeInputType>()
            .AddSingleton<DeletePlanTypeInputType>()
            .AddSingleton<CreatePlanOutcomeInputType>()
            .AddSingleton<UpdatePlanOutcomeInputType>()
            .AddSingleton<DeletePlanOutcomeInputType>()
            .AddSingleton<InvalidColourErrorType>()
            .AddSingleton<PlanTypeIsDefaultErrorType>()
            .AddSingleton<PlanTypeIsActiveErrorType>()
            .AddSingleton<IRootFields<QueryType>, PlanQueries>()
            .AddSingleton<IRootFields<MutationType>, PlanSettingsMutations>()
            .AddSingleton<INodeSource>(new DocumentNodeSource<PlanTypeDocument>("PlanType", store => store.PlanTypes))
            .AddSingleton<INodeSource>(new DocumentNodeSource<PlanOutcomeDocument>("PlanOutcome", store => store.PlanOutcomes));
}
