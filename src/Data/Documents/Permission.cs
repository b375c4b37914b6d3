namespace GraphTraining.Data.Documents;

/// <summary>A capability granted to a role.</summary>
public enum Permission
{
    AssignJobFunctions,
    AssignChecklists,
    AssignCertifications,
    CompleteSkillBuilding,
    RevokeCertifications,
    EditJobFunctions,
    ViewReports,
    CreatePlans,
    ViewPlans,
    ManagePlanSettings,
    ManageRoles,
}
