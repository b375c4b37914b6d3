using GraphTraining.Data.Reports;
using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Reports;

public sealed class ReportQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root)
    {
        root.ConnectionField<CertificationRecordType, CertificationRecord>("certificationRecords", services => VisibleReportRows.Reader(services, s => s.CertificationRecords), context => FilterSortArguments.ToStoreQuery(context))
            .Description("One row per associate and assigned certification, filtered, sorted and paged by the store.")
            .Filterable<object?, object, CertificationRecordFilterInputType, CertificationRecordSortInputType>()
            .RequireAuthenticated();
        root.ConnectionField<SkillBuildRecordType, SkillBuildRecord>("skillBuildRecords", services => VisibleReportRows.Reader(services, s => s.SkillBuildRecords), context => FilterSortArguments.ToStoreQuery(context))
            .Description("One row per associate and assigned skill build checklist, filtered, sorted and paged by the store.")
            .Filterable<object?, object, SkillBuildRecordFilterInputType, SkillBuildRecordSortInputType>()
            .RequireAuthenticated();
        root.ConnectionField<PlanRecordType, PlanRecord>("planRecords", services => VisibleReportRows.Reader(services, s => s.PlanRecords), context => FilterSortArguments.ToStoreQuery(context))
            .Description("One row per associate and 1-to-1 plan, filtered, sorted and paged by the store.")
            .Filterable<object?, object, PlanRecordFilterInputType, PlanRecordSortInputType>()
            .RequireAuthenticated();
        root.AddSummaryField<CertificationSummaryGroupType, CertificationSummaryGroupByType, CertificationRecordFilterInputType, CertificationRecord>(
            "certificationSummary", "Certification rows counted by the keys given, ordered by key.", s => s.CertificationRecords);
        root.AddSummaryField<SkillBuildSummaryGroupType, SkillBuildSummaryGroupByType, SkillBuildRecordFilterInputType, SkillBuildRecord>(
            "skillBuildSummary", "Skill build rows counted by the keys given, ordered by key.", s => s.SkillBuildRecords);
        root.AddSummaryField<PlanOutcomeSummaryGroupType, PlanOutcomeSummaryGroupByType, PlanRecordFilterInputType, PlanRecord>(
            "planOutcomeSummary", "1-to-1 plans counted by the keys given, ordered by key.", s => s.PlanRecords);
    }
}
