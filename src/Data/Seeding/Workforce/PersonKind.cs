namespace GraphTraining.Data.Seeding.Workforce;

/// <summary>Where someone sits in the demo organisation; generation order follows this order.</summary>
internal enum PersonKind
{
    Administrator,
    ProgramManager,
    SeniorLeader,
    TeamLeader,
    SkillBuilder,
    Frontline,
}
