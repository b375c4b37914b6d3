using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Checklists;

public static class ChecklistsServiceCollectionExtensions
{
    public static IServiceCollection AddChecklists(this IServiceCollection services) =>
        services
            .AddSingleton<AssociateChecklistFilterInputType>()
            .AddSingleton<ChecklistItemProgressFilterInputType>()
            .AddSingleton<MilestoneProgressFilterInputType>()
            .AddSingleton<ChecklistDefinitionType>()
            .AddSingleton<ChecklistItemType>()
            .AddSingleton<ChecklistMilestoneType>()
            .AddSingleton<AssociateChecklistType>()
            .AddSingleton<ChecklistItemProgressType>()
            .AddSingleton<MilestoneProgressType>()
            .AddSingleton<ProgressStatusType>()
            .AddSingleton<IRootFields<QueryType>, ChecklistQueries>()
            .AddSingleton<INodeSource>(new DocumentNodeSource<ChecklistDefinitionDocument>("ChecklistDefinition", store => store.Checklists));
}
