using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataWorkforceTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    private DemoDataIndex Index => demo.Index;

    private IReadOnlyList<AssociateDocument> Associates => Index.Data.Associates;

    [Fact]
    public void The_first_associates_hold_the_leadership_roles_and_the_first_of_all_is_the_administrator()
    {
        Assert.Equal([DemoRoleIds.Administrator], Associates[0].RoleIds);
        var firstFrontline = Associates.ToList().FindIndex(a => a.RoleIds.Contains(DemoRoleIds.Associate));
        foreach (var role in Index.Data.Roles.Where(r => r.Id != DemoRoleIds.Associate))
        {
            var first = Associates.ToList().FindIndex(a => a.RoleIds.Contains(role.Id));
            Assert.InRange(first, 0, firstFrontline - 1);
        }
    }

    [Fact]
    public void Every_frontline_associate_is_led_by_a_team_leader_and_a_senior_leader_at_their_location()
    {
        var frontline = Associates.Where(a => a.RoleIds.Contains(DemoRoleIds.Associate)).ToList();

        Assert.NotEmpty(frontline);
        Assert.All(frontline, a =>
        {
            var leaders = a.LeaderIds.Select(id => Index.Associates[id]).ToList();
            Assert.Contains(leaders, l => l.RoleIds.Contains(DemoRoleIds.TeamLeader) && l.LocationId == a.LocationId);
            Assert.Contains(leaders, l => l.RoleIds.Contains(DemoRoleIds.SeniorLeader) && l.LocationId == a.LocationId);
        });
    }

    [Fact]
    public void Every_location_has_a_senior_leader_team_leaders_and_a_skill_builder_for_each_job_worked_there()
    {
        foreach (var location in Index.Data.Locations)
        {
            var here = Associates.Where(a => a.LocationId == location.Id).ToList();
            Assert.Contains(here, a => a.RoleIds.Contains(DemoRoleIds.SeniorLeader));
            Assert.True(here.Count(a => a.RoleIds.Contains(DemoRoleIds.TeamLeader)) >= 2);
            var jobsWorked = here.Where(a => a.RoleIds.Contains(DemoRoleIds.Associate)).SelectMany(a => a.JobFunctions).Select(j => j.JobFunctionId).Distinct();
            Assert.All(jobsWorked, job => Assert.Contains(here, a => a.JobFunctions.Any(j => j.JobFunctionId == job && j.IsSkillBuilder)));
        }

        var regions = Index.Data.Locations.Select(l => l.Region).Distinct();
        Assert.All(regions, region => Assert.Contains(Associates, a =>
            a.RoleIds.Contains(DemoRoleIds.ProgramManager) && Index.Locations[a.LocationId].Region == region));
    }

    [Fact]
    public void Skill_builders_hold_the_skill_builder_role_and_are_marked_on_the_job_they_coach()
    {
        var skillBuilders = Associates.Where(a => a.JobFunctions.Any(j => j.IsSkillBuilder)).ToList();

        Assert.NotEmpty(skillBuilders);
        Assert.All(skillBuilders, a => Assert.True(Index.Can(a.Id, Permission.CompleteSkillBuilding)));
        Assert.All(Associates.Where(a => a.RoleIds.Contains(DemoRoleIds.SkillBuilder)), a => Assert.Contains(a.JobFunctions, j => j.IsSkillBuilder));
    }

    [Fact]
    public void People_hold_only_job_functions_offered_at_their_location_and_belong_to_every_user_group_between_them()
    {
        Assert.All(Associates, a => Assert.All(a.JobFunctions, j => Assert.Contains(a.LocationId, Index.JobFunctions[j.JobFunctionId].LocationIds)));
        Assert.Equal(["Frontline", "Leadership", "Pharmacy", "Warehouse"], Associates.SelectMany(a => a.UserGroups).Distinct().Order());
        Assert.Equal(Associates.Count, Associates.Select(a => a.Email).Distinct().Count());
        Assert.Equal(Associates.Count, Associates.Select(a => a.EmployeeNumber).Distinct().Count());
    }

    [Fact]
    public void Everyone_who_acted_on_an_associate_had_the_permission_to()
    {
        Assert.All(Associates, a =>
        {
            Assert.All(a.JobFunctions, j => Assert.True(Index.Can(j.AssignedBy!, Permission.AssignJobFunctions)));
            Assert.All(a.Certifications.Where(c => c.Source == AssignmentSource.Manual), c => Assert.True(Index.Can(c.AssignedBy!, Permission.AssignCertifications)));
            Assert.All(a.Checklists.Where(c => c.Source == AssignmentSource.Manual), c => Assert.True(Index.Can(c.AssignedBy!, Permission.AssignChecklists)));
            Assert.All(a.Checklists.SelectMany(c => c.Items), i => Assert.True(Index.Can(i.DoneBy, Permission.CompleteSkillBuilding) && Index.IsSkillBuilder(i.DoneBy)));
            Assert.All(a.Certifications.Select(c => c.Revocation).OfType<Revocation>(), r => Assert.True(Index.Can(r.By, Permission.RevokeCertifications)));
            Assert.All(a.Plans, p =>
            {
                Assert.True(Index.Can(p.CreatedBy, Permission.CreatePlans));
                Assert.All(p.Meetings, m => Assert.True(Index.Can(m.HeldBy, Permission.CreatePlans)));
                Assert.All(p.Notes, n => Assert.True(Index.Can(n.By, Permission.CreatePlans)));
                Assert.All(p.Evidence, e => Assert.True(Index.Can(e.UploadedBy, Permission.CreatePlans) || Index.Can(e.UploadedBy, Permission.ViewPlans)));
            });
        });
    }

    [Fact]
    public void Everyone_who_acted_on_an_associate_was_already_employed_at_the_time()
    {
        void Hired(string? id, DateTime at) => Assert.True(id is null || Index.Associates[id].HiredAt <= at, $"{id} acted at {at:O}");

        Assert.All(Associates, a =>
        {
            Assert.All(a.JobFunctions, j => Hired(j.AssignedBy, j.AssignedAt));
            Assert.All(a.Checklists, c => Hired(c.AssignedBy, c.AssignedAt));
            Assert.All(a.Checklists.SelectMany(c => c.Items), i => Hired(i.DoneBy, i.DoneAt));
            Assert.All(a.Certifications, c => Hired(c.AssignedBy, c.AssignedAt));
            Assert.All(a.Certifications.SelectMany(c => c.Timeline), e => Hired(e.By, e.At));
            Assert.All(a.Plans, p => Hired(p.CreatedBy, p.CreatedAt));
        });
    }

    [Fact]
    public void Every_assigned_checklist_and_certification_is_one_the_associate_is_eligible_for()
    {
        Assert.All(Associates, a =>
        {
            Assert.All(a.Certifications, c => Assert.True(DemoDataIndex.IsEligible(a, Index.Certifications[c.CertificationId].Eligibility), $"{a.Id} {c.CertificationId}"));
            Assert.All(a.Checklists, c => Assert.True(DemoDataIndex.IsEligible(a, Index.Checklists[c.ChecklistId].Eligibility), $"{a.Id} {c.ChecklistId}"));
        });
    }

    [Fact]
    public void Action_plans_ran_for_every_job_function_held()
    {
        Assert.All(Associates, a => Assert.All(a.JobFunctions, held =>
        {
            var plan = Index.JobFunctions[held.JobFunctionId].ActionPlan;
            Assert.All(plan.Checklists, i => Assert.Contains(a.Checklists, c => c.ChecklistId == i.DefinitionId));
            Assert.All(plan.Certifications, i => Assert.Contains(a.Certifications, c => c.CertificationId == i.DefinitionId));
            Assert.All(plan.Observations, i => Assert.Contains(a.Observations, o => o.ObservationId == i.DefinitionId));
        }));
    }
}
