using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataReferenceTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    private DemoDataIndex Index => demo.Index;

    [Fact]
    public void The_catalog_refers_only_to_catalog_items_that_exist()
    {
        Assert.All(Index.Data.JobFunctions, j =>
        {
            Assert.All(j.LocationIds, id => Assert.Contains(id, Index.Locations));
            Assert.All(j.ActionPlan.Checklists, i => Assert.Contains(i.DefinitionId, Index.Checklists));
            Assert.All(j.ActionPlan.Certifications, i => Assert.Contains(i.DefinitionId, Index.Certifications));
        });
        Assert.All(Index.Data.Certifications, c =>
        {
            Assert.All(c.ChecklistIds.Concat(c.PrerequisiteChecklistIds), id => Assert.Contains(id, Index.Checklists));
            AssertEligibilityExists(c.Eligibility);
        });
        Assert.All(Index.Data.Checklists, c =>
        {
            Assert.All(c.PrerequisiteChecklistIds, id => Assert.Contains(id, Index.Checklists));
            AssertEligibilityExists(c.Eligibility);
        });
    }

    [Fact]
    public void Every_id_an_associate_holds_names_something_that_exists()
    {
        Assert.All(Index.Data.Associates, a =>
        {
            Assert.Contains(a.LocationId, Index.Locations);
            Assert.NotEmpty(a.RoleIds);
            Assert.All(a.RoleIds, id => Assert.Contains(id, Index.Roles));
            Assert.All(a.LeaderIds, id => AssertPerson(id, not: a.Id));
            Assert.All(a.JobFunctions, j => Assert.Contains(j.JobFunctionId, Index.JobFunctions));
            Assert.All(a.JobFunctions, j => AssertPerson(j.AssignedBy, not: a.Id));
            Assert.All(a.Certifications, c =>
            {
                Assert.Contains(c.CertificationId, Index.Certifications);
                AssertPersonOrNone(c.AssignedBy, a.Id);
                AssertPersonOrNone(c.Revocation?.By, a.Id);
                Assert.All(c.Timeline, e => AssertPersonOrNone(e.By, a.Id));
            });
            Assert.All(a.Checklists, c =>
            {
                Assert.Contains(c.ChecklistId, Index.Checklists);
                AssertPersonOrNone(c.AssignedBy, a.Id);
                Assert.All(c.Items, i => AssertPerson(i.DoneBy, not: a.Id));
                Assert.All(c.Items, i => Assert.Contains(Index.Checklists[c.ChecklistId].Items, d => d.ItemId == i.ItemId));
                Assert.All(c.Milestones, m => Assert.Contains(Index.Checklists[c.ChecklistId].Milestones, d => d.MilestoneId == m.MilestoneId));
            });
            Assert.All(a.Observations, o => AssertPersonOrNone(o.ObservedBy, a.Id));
            Assert.All(a.Plans, p =>
            {
                Assert.Contains(p.PlanTypeId, Index.PlanTypes);
                if (p.OutcomeId is not null)
                {
                    Assert.Contains(p.OutcomeId, Index.PlanOutcomes);
                }

                AssertPerson(p.CreatedBy, not: a.Id);
                Assert.All(p.Meetings, m => AssertPerson(m.HeldBy, not: a.Id));
                Assert.All(p.Notes, n => AssertPerson(n.By, not: a.Id));
                Assert.All(p.Evidence, e => AssertPerson(e.UploadedBy, not: a.Id));
            });
        });
    }

    [Fact]
    public void Items_are_held_once_per_associate_and_checklists_beneath_a_certification_point_at_one_the_associate_holds()
    {
        Assert.All(Index.Data.Associates, a =>
        {
            Assert.Equal(a.Checklists.Count, a.Checklists.Select(c => c.ChecklistId).Distinct().Count());
            Assert.Equal(a.Certifications.Count, a.Certifications.Select(c => c.CertificationId).Distinct().Count());
            Assert.Equal(a.Observations.Count, a.Observations.Select(o => o.ObservationId).Distinct().Count());
            Assert.Equal(a.JobFunctions.Count, a.JobFunctions.Select(j => j.JobFunctionId).Distinct().Count());
            Assert.All(a.Checklists.Where(c => c.CertificationId is not null), c =>
            {
                Assert.Contains(a.Certifications, held => held.CertificationId == c.CertificationId);
                Assert.Contains(c.ChecklistId, Index.Certifications[c.CertificationId!].ChecklistIds);
            });
            Assert.All(a.Certifications, held => Assert.All(Index.Certifications[held.CertificationId].ChecklistIds, id =>
                Assert.Contains(a.Checklists, c => c.ChecklistId == id && c.CertificationId == held.CertificationId)));
        });
    }

    [Fact]
    public void Notifications_go_to_one_of_the_associates_leaders_about_something_they_hold()
    {
        Assert.NotEmpty(Index.Data.Notifications);
        Assert.All(Index.Data.Notifications, n =>
        {
            var associate = Index.Associates[n.AssociateId];
            Assert.Contains(n.RecipientId, associate.LeaderIds);
            Assert.StartsWith(associate.DisplayName + " ", n.Message, StringComparison.Ordinal);
            var subject = n.SubjectId!;
            var held = n.Kind switch
            {
                NotificationKind.JobFunctionAssigned => associate.JobFunctions.Any(j => j.JobFunctionId == subject),
                NotificationKind.ChecklistAssigned or NotificationKind.ChecklistCompleted => associate.Checklists.Any(c => c.ChecklistId == subject),
                NotificationKind.ObservationAssigned => associate.Observations.Any(o => o.ObservationId == subject),
                NotificationKind.PlanOutcomeDecided => associate.Plans.Any(p => p.PlanId == subject && p.OutcomeId is not null),
                _ => associate.Certifications.Any(c => c.CertificationId == subject),
            };
            Assert.True(held, $"{n.Id}: {n.Kind} about {subject}");
        });
    }

    private void AssertEligibilityExists(AssignmentEligibility eligibility)
    {
        Assert.All(eligibility.LocationIds, id => Assert.Contains(id, Index.Locations));
        Assert.All(eligibility.JobFunctionIds, id => Assert.Contains(id, Index.JobFunctions));
        Assert.All(eligibility.UserGroups, g => Assert.Contains(Index.Data.Associates, a => a.UserGroups.Contains(g)));
    }

    private void AssertPersonOrNone(string? id, string self)
    {
        if (id is not null)
        {
            AssertPerson(id, self);
        }
    }

    private void AssertPerson(string? id, string not)
    {
        Assert.NotNull(id);
        Assert.Contains(id, Index.Associates);
        Assert.NotEqual(not, id);
    }
}
