using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>The kinds of state the demo data must show at least once each.</summary>
internal static class CoverageAreas
{
    public const string Certification = "certification";
    public const string CertificationSource = "certification-source";
    public const string Checklist = "checklist";
    public const string ChecklistSource = "checklist-source";
    public const string Observation = "observation";
    public const string Plan = "plan";
    public const string Notification = "notification";

    /// <summary>Someone on a new plan after an earlier one ended.</summary>
    public const string FollowUpPlan = "follow-up";

    public static Coverage Everything()
    {
        var coverage = new Coverage();
        coverage.Require<CertificationStory>(Certification);
        coverage.Require<AssignmentSource>(CertificationSource);
        coverage.Require<ProgressStatus>(Checklist);
        coverage.Require<AssignmentSource>(ChecklistSource);
        coverage.Require<ProgressStatus>(Observation);
        coverage.Require<PlanStatus>(Plan);
        coverage.Require(Plan, FollowUpPlan);
        coverage.Require<NotificationKind>(Notification);
        return coverage;
    }
}
