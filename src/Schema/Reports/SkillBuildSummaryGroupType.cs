using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.JobFunctions;
using GraphTraining.Schema.Locations;

namespace GraphTraining.Schema.Reports;

public sealed class SkillBuildSummaryGroupType : ObjectGraphType<ReportSummaryGroup>
{
    public SkillBuildSummaryGroupType()
    {
        Name = "SkillBuildSummaryGroup";
        Description = "How many skill build rows share these key values; keys not grouped by are null.";
        this.Reference<ReportSummaryGroup, LocationType, LocationDocument>("location", g => g.Key("locationId"), l => l.Locations)
            .Description("The location, when grouped by LOCATION.");
        this.Reference<ReportSummaryGroup, JobFunctionType, JobFunctionDocument>("jobFunction", g => g.Key("jobFunctionIds"), l => l.JobFunctions)
            .Description("The job function, when grouped by JOB_FUNCTION; null also for associates without one.");
        this.Reference<ReportSummaryGroup, ChecklistDefinitionType, ChecklistDefinitionDocument>("checklist", g => g.Key("checklistId"), l => l.Checklists)
            .Description("The checklist, when grouped by CHECKLIST.");
        Field<ProgressStatusType>("status").Description("The status, when grouped by STATUS.").Resolve(c => c.Source.Status<ProgressStatus>());
        Field(g => g.Count, type: typeof(NonNullGraphType<IntGraphType>)).Description("How many rows are in the group.");
    }
}
