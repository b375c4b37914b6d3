using GraphQL;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Reports;

public sealed class ReportQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root)
    {
        root.ReportConnectionField<CertificationRecordType, CertificationRecord>("certificationRecords", s => s.CertificationRecords, ScopedQueryAsync)
            .Description("One row per associate and assigned certification, filtered, sorted and paged by the store.")
            .Filterable<object?, object, CertificationRecordFilterInputType, CertificationRecordSortInputType>()
            .RequireAuthenticated();
        root.ReportConnectionField<SkillBuildRecordType, SkillBuildRecord>("skillBuildRecords", s => s.SkillBuildRecords, ScopedQueryAsync)
            .Description("One row per associate and assigned skill build checklist, filtered, sorted and paged by the store.")
            .Filterable<object?, object, SkillBuildRecordFilterInputType, SkillBuildRecordSortInputType>()
            .RequireAuthenticated();
        root.ReportConnectionField<PlanRecordType, PlanRecord>("planRecords", s => s.PlanRecords, ScopedQueryAsync)
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

    // Rows of associates the viewer cannot open are neither listed nor counted.
    private static async Task<StoreQuery> ScopedQueryAsync(IResolveFieldContext context) =>
        FilterSortArguments.ToStoreQuery(context, AssociateScope.ForRows(await context.Viewer().ConfigureAwait(false)));
}
