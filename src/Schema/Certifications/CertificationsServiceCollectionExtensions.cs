using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Certifications;

public static class CertificationsServiceCollectionExtensions
{
    public static IServiceCollection AddCertifications(this IServiceCollection services) =>
        services
            .AddSingleton<AssociateCertificationFilterInputType>()
            .AddSingleton<TierProgressFilterInputType>()
            .AddSingleton<ChecklistProgressFilterInputType>()
            .AddSingleton<RevocationFilterInputType>()
            .AddSingleton<CertificationDefinitionType>()
            .AddSingleton<CertificationTierType>()
            .AddSingleton<AssociateCertificationType>()
            .AddSingleton<TierProgressType>()
            .AddSingleton<ChecklistProgressType>()
            .AddSingleton<RevocationType>()
            .AddSingleton<TimelineEventType>()
            .AddSingleton<AssignmentEligibilityType>()
            .AddSingleton<CertificationStatusType>()
            .AddSingleton<RevocationDeterminationType>()
            .AddSingleton<TimelineEventKindType>()
            .AddSingleton<IRootFields<QueryType>, CertificationQueries>()
            .AddSingleton<INodeSource>(new DocumentNodeSource<CertificationDefinitionDocument>("CertificationDefinition", store => store.Certifications));
}
