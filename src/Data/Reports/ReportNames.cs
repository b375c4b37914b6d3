namespace GraphTraining.Data.Reports;

/// <summary>The names report rows go by in explain output and errors.</summary>
public static class ReportNames
{
    public const string CertificationRecords = "certificationRecords";

    public const string SkillBuildRecords = "skillBuildRecords";

    public const string PlanRecords = "planRecords";
}
