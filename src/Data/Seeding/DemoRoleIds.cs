namespace GraphTraining.Data.Seeding;

/// <summary>The ids of the default roles the demo data creates, so a CLI can find "the first user holding role X".</summary>
public static class DemoRoleIds
{
    public const string Administrator = "role-administrator";
    public const string ProgramManager = "role-program-manager";
    public const string SeniorLeader = "role-senior-leader";
    public const string TeamLeader = "role-team-leader";
    public const string SkillBuilder = "role-skill-builder";
    public const string Associate = "role-associate";
}
