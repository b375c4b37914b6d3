using GraphTraining.Schema.Conventions.Roots;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Reports;

public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services) =>
        services
            .AddSingleton<CertificationRecordType>()
            .AddSingleton<SkillBuildRecordType>()
            .AddSingleton<PlanRecordType>()
            .AddSingleton<CertificationRecordFilterInputType>()
            .AddSingleton<SkillBuildRecordFilterInputType>()
            .AddSingleton<PlanRecordFilterInputType>()
            .AddSingleton<CertificationRecordSortInputType>()
            .AddSingleton<SkillBuildRecordSortInputType>()
            .AddSingleton<PlanRecordSortInputType>()
            .AddSingleton<CertificationSummaryGroupType>()
            .AddSingleton<SkillBuildSummaryGroupType>()
            .AddSingleton<PlanOutcomeSummaryGroupType>()
            .AddSingleton<CertificationSummaryGroupByType>()
            .AddSingleton<SkillBuildSummaryGroupByType>()
            .AddSingleton<PlanOutcomeSummaryGroupByType>()
            .AddSingleton<IRootFields<QueryType>, ReportQueries>();
}
