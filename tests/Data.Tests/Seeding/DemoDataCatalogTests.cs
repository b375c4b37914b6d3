using System.Text.RegularExpressions;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;

namespace GraphTraining.Data.Tests.Seeding;

public partial class DemoDataCatalogTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    private DemoDataSet Data => demo.Index.Data;

    [Fact]
    public void There_are_several_locations_in_more_than_one_region()
    {
        Assert.InRange(Data.Locations.Count, 3, 10);
        Assert.True(Data.Locations.Select(l => l.Region).Distinct().Count() >= 2);
    }

    [Fact]
    public void Every_job_function_has_locations_and_an_action_plan_with_due_offsets()
    {
        Assert.True(Data.JobFunctions.Count >= 5);
        Assert.All(Data.JobFunctions, j =>
        {
            Assert.NotEmpty(j.LocationIds);
            Assert.NotEmpty(j.ActionPlan.Certifications);
            Assert.NotEmpty(j.ActionPlan.Observations);
            var items = j.ActionPlan.Checklists.Concat(j.ActionPlan.Certifications).Concat(j.ActionPlan.Observations);
            Assert.All(items, i => Assert.True(i.DueInDays > 0));
            Assert.All(j.ActionPlan.Observations, o => Assert.False(string.IsNullOrWhiteSpace(o.Name)));
        });
        Assert.Contains(Data.JobFunctions, j => j.ActionPlan.Checklists.Count > 0);
    }

    [Fact]
    public void Certifications_have_one_to_three_tiers_and_checklists_and_show_every_rule()
    {
        var certifications = Data.Certifications;

        Assert.True(certifications.Count >= 6);
        Assert.All(certifications, c =>
        {
            Assert.InRange(c.Tiers.Count, 1, 3);
            Assert.Equal(Enumerable.Range(1, c.Tiers.Count), c.Tiers.Select(t => t.Order));
            Assert.NotEmpty(c.ChecklistIds);
        });
        Assert.Equal(Enumerable.Range(1, 3), certifications.Select(c => c.Tiers.Count).Distinct().Order());
        Assert.Contains(certifications, c => c.PrerequisiteChecklistIds.Count > 0);
        Assert.Contains(certifications, c => c.ForbidSingleDayCompletion);
        Assert.Contains(certifications, c => !c.ForbidSingleDayCompletion);
        Assert.Contains(certifications, c => c.ValidForDays is not null);
        Assert.Contains(certifications, c => c.ValidForDays is null);
        Assert.Contains(certifications, c => c.Eligibility.UserGroups.Count > 0);
        Assert.Contains(certifications, c => c.Eligibility.LocationIds.Count > 0);
        Assert.Contains(certifications, c => c.Eligibility.JobFunctionIds.Count > 0);
        Assert.Contains(certifications, c => c.Eligibility.UserGroups.Count + c.Eligibility.LocationIds.Count + c.Eligibility.JobFunctionIds.Count == 0);
    }

    [Fact]
    public void Checklists_have_four_to_twelve_items_with_reachable_milestones_and_show_every_rule()
    {
        var checklists = Data.Checklists;

        Assert.True(checklists.Count >= 10);
        Assert.All(checklists, c =>
        {
            Assert.InRange(c.Items.Count, 4, 12);
            Assert.Equal(Enumerable.Range(1, c.Items.Count), c.Items.Select(i => i.Order));
            Assert.Equal(c.Items.Count, c.Items.Select(i => i.ItemId).Distinct().Count());
            Assert.NotEmpty(c.Milestones);
            Assert.All(c.Milestones, m => Assert.InRange(m.AfterItems, 1, c.Items.Count));
        });
        Assert.Contains(checklists, c => c.PrerequisiteChecklistIds.Count > 0);
        Assert.Contains(checklists, c => c.ForbidSingleDayCompletion);
        Assert.Contains(checklists, c => c.Eligibility.UserGroups.Count > 0);
        Assert.Contains(checklists, c => c.Eligibility.LocationIds.Count > 0);
        Assert.Contains(checklists, c => c.Eligibility.JobFunctionIds.Count > 0);
        Assert.Contains(checklists, c => c.Milestones.Count > 1);
    }

    [Fact]
    public void No_checklist_sits_beneath_two_certifications_and_prerequisites_are_never_beneath_one()
    {
        var beneath = Data.Certifications.SelectMany(c => c.ChecklistIds).ToList();

        Assert.Equal(beneath.Count, beneath.Distinct().Count());
        Assert.DoesNotContain(Data.Certifications.SelectMany(c => c.PrerequisiteChecklistIds), beneath.Contains);
    }

    [Fact]
    public void Plan_types_are_the_two_active_defaults_plus_custom_types_one_still_an_inactive_draft()
    {
        var defaults = Data.PlanTypes.Where(t => t.IsDefault).ToList();

        Assert.Equal(["Performance Improvement Plan", "Return to Work Plan"], defaults.Select(t => t.Name).Order());
        Assert.All(defaults, t => Assert.True(t.IsActive));
        Assert.Contains(Data.PlanTypes, t => !t.IsDefault && t.IsActive);
        Assert.Contains(Data.PlanTypes, t => !t.IsDefault && !t.IsActive);
    }

    [Fact]
    public void Plan_outcomes_have_hex_colours_and_one_is_an_inactive_draft()
    {
        Assert.True(Data.PlanOutcomes.Count >= 3);
        Assert.All(Data.PlanOutcomes, o => Assert.Matches(HexColour(), o.Colour));
        Assert.Contains(Data.PlanOutcomes, o => o.Name == "Pass" && o.IsActive);
        Assert.Contains(Data.PlanOutcomes, o => o.Name == "Fail" && o.IsActive);
        Assert.Contains(Data.PlanOutcomes, o => !o.IsActive);
    }

    [Fact]
    public void Default_roles_carry_the_permissions_their_job_needs()
    {
        var roles = demo.Index.Roles;

        Assert.All(Data.Roles, r => Assert.True(r.IsDefault));
        Assert.Equal(Enum.GetValues<Permission>().Order(), roles[DemoRoleIds.Administrator].Permissions.Order());
        Assert.Equal(
            [
                Permission.AssignJobFunctions, Permission.AssignChecklists, Permission.AssignCertifications, Permission.EditJobFunctions,
                Permission.ViewReports, Permission.CreatePlans, Permission.ViewPlans, Permission.ManagePlanSettings,
            ],
            roles[DemoRoleIds.ProgramManager].Permissions.Order());
        Assert.Equal([Permission.RevokeCertifications, Permission.ViewReports, Permission.ViewPlans], roles[DemoRoleIds.SeniorLeader].Permissions.Order());
        Assert.Equal(
            [Permission.AssignChecklists, Permission.AssignCertifications, Permission.CreatePlans, Permission.ViewPlans],
            roles[DemoRoleIds.TeamLeader].Permissions.Order());
        Assert.Equal([Permission.AssignChecklists, Permission.CompleteSkillBuilding], roles[DemoRoleIds.SkillBuilder].Permissions.Order());
        Assert.Empty(roles[DemoRoleIds.Associate].Permissions);
    }

    [GeneratedRegex("^#[0-9A-F]{6}$")]
    private static partial Regex HexColour();
}
