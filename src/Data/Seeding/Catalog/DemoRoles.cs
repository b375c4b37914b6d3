using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>The default roles and what each may do.</summary>
internal static class DemoRoles
{
    public static IReadOnlyList<RoleDocument> All { get; } =
    [
        new()
        {
            Id = DemoRoleIds.Administrator,
            Name = "Administrator",
            Description = "Everything, including managing roles and permissions.",
            Permissions = Enum.GetValues<Permission>(),
            IsDefault = true,
        },
        new()
        {
            Id = DemoRoleIds.ProgramManager,
            Name = "Program Manager",
            Description = "Runs the training programme: job functions, action plans, reports and plan settings.",
            Permissions =
            [
                Permission.AssignJobFunctions, Permission.AssignChecklists, Permission.AssignCertifications,
                Permission.EditJobFunctions, Permission.ViewReports, Permission.CreatePlans, Permission.ViewPlans,
                Permission.ManagePlanSettings,
            ],
            IsDefault = true,
        },
        new()
        {
            Id = DemoRoleIds.SeniorLeader,
            Name = "Senior Leader",
            Description = "Leads a site: aggregate reports, plans and certification revocations.",
            Permissions = [Permission.ViewReports, Permission.ViewPlans, Permission.RevokeCertifications],
            IsDefault = true,
        },
        new()
        {
            Id = DemoRoleIds.TeamLeader,
            Name = "Team Leader",
            Description = "Leads a team: assigns training and runs 1-to-1 plans.",
            Permissions = [Permission.AssignChecklists, Permission.AssignCertifications, Permission.CreatePlans, Permission.ViewPlans],
            IsDefault = true,
        },
        new()
        {
            Id = DemoRoleIds.SkillBuilder,
            Name = "Skill Builder",
            Description = "Trainer or coach: assigns checklists and signs off skill building.",
            Permissions = [Permission.CompleteSkillBuilding, Permission.AssignChecklists],
            IsDefault = true,
        },
        new()
        {
            Id = DemoRoleIds.Associate,
            Name = "Associate",
            Description = "Sees their own profile.",
            IsDefault = true,
        },
    ];
}
