using GraphQL.Types;

namespace GraphTraining.Schema.Reports;

public sealed class SkillBuildSummaryGroupByType : EnumerationGraphType
{
    public SkillBuildSummaryGroupByType()
    {
        Name = "SkillBuildSummaryGroupBy";
        Description = "What skill build rows can be counted by.";
        Add("LOCATION", "locationId", "By the associate's location.");
        Add("JOB_FUNCTION", "jobFunctionIds", "By each job function the associate holds (an associate with several counts once under each; with none, under null).");
        Add("CHECKLIST", "checklistId", "By checklist.");
        Add("STATUS", "status", "By status.");
    }
}
