using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataCertificationTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    private static readonly Dictionary<CertificationStatus, TimelineEventKind[]> LastStep = new()
    {
        [CertificationStatus.Assigned] = [TimelineEventKind.Assigned, TimelineEventKind.Reassigned],
        [CertificationStatus.InProgress] = [TimelineEventKind.Started, TimelineEventKind.ChecklistCompleted, TimelineEventKind.TierCompleted],
        [CertificationStatus.Certified] = [TimelineEventKind.Certified, TimelineEventKind.Reinstated],
        [CertificationStatus.Expired] = [TimelineEventKind.Expired],
        [CertificationStatus.Suspended] = [TimelineEventKind.Suspended],
        [CertificationStatus.Revoked] = [TimelineEventKind.Revoked],
    };

    private DemoDataIndex Index => demo.Index;

    private IEnumerable<(AssociateDocument Associate, AssociateCertification Held, CertificationDefinitionDocument Definition)> All =>
        Index.Data.Associates.SelectMany(a => a.Certifications.Select(c => (a, c, Index.Certifications[c.CertificationId])));

    [Fact]
    public void Certified_means_every_tier_completed_and_an_expiry_exactly_the_validity_after_certification()
    {
        Assert.All(All.Where(x => x.Held.Status == CertificationStatus.Certified), x =>
        {
            Assert.All(x.Held.Tiers, t => Assert.Equal(ProgressStatus.Completed, t.Status));
            Assert.All(x.Held.Checklists, c => Assert.Equal(ProgressStatus.Completed, c.Status));
            Assert.NotNull(x.Held.CertifiedAt);
            Assert.Equal(x.Held.CertifiedAt + Validity(x.Definition), x.Held.ExpiresAt);
            Assert.True(x.Held.ExpiresAt is null || x.Held.ExpiresAt > Index.Now);
            Assert.Null(x.Held.Revocation);
        });
    }

    [Fact]
    public void Expired_means_a_certification_with_a_validity_that_ran_out_before_now()
    {
        Assert.All(All.Where(x => x.Held.Status == CertificationStatus.Expired), x =>
        {
            Assert.NotNull(x.Definition.ValidForDays);
            Assert.NotNull(x.Held.CertifiedAt);
            Assert.Equal(x.Held.CertifiedAt + Validity(x.Definition), x.Held.ExpiresAt);
            Assert.True(x.Held.ExpiresAt < Index.Now);
            Assert.All(x.Held.Tiers, t => Assert.Equal(ProgressStatus.Completed, t.Status));
        });
    }

    [Fact]
    public void A_revocation_is_present_exactly_when_suspended_or_revoked_with_the_matching_determination()
    {
        Assert.All(All, x =>
        {
            var determination = x.Held.Revocation?.Determination;
            switch (x.Held.Status)
            {
                case CertificationStatus.Suspended:
                    Assert.Equal(RevocationDetermination.Suspension, determination);
                    break;
                case CertificationStatus.Revoked:
                    Assert.True(determination is RevocationDetermination.Recertification or RevocationDetermination.Permanent);
                    break;
                default:
                    Assert.Null(x.Held.Revocation);
                    break;
            }

            if (x.Held.Revocation is { } revocation)
            {
                Assert.False(string.IsNullOrWhiteSpace(revocation.Reason));
                Assert.False(string.IsNullOrWhiteSpace(revocation.Notes));
                Assert.True(revocation.At > x.Held.CertifiedAt && revocation.At <= Index.Now);
                Assert.Equal(revocation.At, x.Held.Timeline[^1].At);
            }
        });
    }

    [Fact]
    public void Assigned_means_nothing_started_and_in_progress_means_some_but_not_all_done()
    {
        Assert.All(All.Where(x => x.Held.Status == CertificationStatus.Assigned), x =>
        {
            Assert.All(x.Held.Tiers, t => Assert.Equal(ProgressStatus.NotStarted, t.Status));
            Assert.All(x.Held.Checklists, c => Assert.Equal(ProgressStatus.NotStarted, c.Status));
            Assert.Null(x.Held.CertifiedAt);
            Assert.Null(x.Held.ExpiresAt);
        });
        Assert.All(All.Where(x => x.Held.Status == CertificationStatus.InProgress), x =>
        {
            Assert.Contains(x.Held.Tiers, t => t.Status != ProgressStatus.Completed);
            Assert.Contains(x.Held.Tiers, t => t.Status == ProgressStatus.InProgress);
            Assert.Contains(x.Held.Checklists, c => c.Status != ProgressStatus.NotStarted);
            Assert.Null(x.Held.CertifiedAt);
        });
    }

    [Fact]
    public void Tiers_follow_the_definition_in_order_and_are_completed_in_order()
    {
        Assert.All(All, x =>
        {
            Assert.Equal(x.Definition.Tiers.Select(t => t.TierId), x.Held.Tiers.Select(t => t.TierId));
            var statuses = x.Held.Tiers.Select(t => t.Status).ToList();
            Assert.Equal(statuses.OrderDescending(), statuses);
            Assert.True(statuses.Count(s => s == ProgressStatus.InProgress) <= 1);
            Assert.All(x.Held.Tiers, t => Assert.Equal(t.Status == ProgressStatus.Completed, t.CompletedAt is not null));
            var completed = x.Held.Tiers.Where(t => t.CompletedAt is not null).Select(t => t.CompletedAt!.Value).ToList();
            Assert.Equal(completed.Order(), completed);
            Assert.True(completed.Count == 0 || x.Held.CertifiedAt is null || completed[^1] == x.Held.CertifiedAt);
        });
    }

    [Fact]
    public void Checklist_statuses_beneath_a_certification_match_the_associates_checklists()
    {
        Assert.All(All, x =>
        {
            Assert.Equal(x.Definition.ChecklistIds, x.Held.Checklists.Select(c => c.ChecklistId));
            Assert.All(x.Held.Checklists, progress =>
            {
                var checklist = Assert.Single(x.Associate.Checklists, c => c.ChecklistId == progress.ChecklistId);
                Assert.Equal(x.Held.CertificationId, checklist.CertificationId);
                Assert.Equal(progress.Status, checklist.Status);
                Assert.Equal(x.Held.Source, checklist.Source);
            });
        });
    }

    [Fact]
    public void The_timeline_runs_in_time_order_from_assignment_to_the_step_that_gave_the_status()
    {
        Assert.All(All, x =>
        {
            var timeline = x.Held.Timeline;
            Assert.Equal(TimelineEventKind.Assigned, timeline[0].Kind);
            Assert.Equal(x.Held.AssignedAt, timeline[0].At);
            Assert.Equal(timeline.Select(e => e.At).Order(), timeline.Select(e => e.At));
            Assert.Contains(timeline[^1].Kind, LastStep[x.Held.Status]);
            if (x.Held.CertifiedAt is { } certifiedAt)
            {
                Assert.Contains(timeline, e => e.Kind == TimelineEventKind.Certified && e.At == certifiedAt);
            }
        });
    }

    [Fact]
    public void Skill_building_starts_only_after_the_prerequisites_are_complete()
    {
        Assert.All(All.Where(x => x.Held.Timeline.Any(e => e.Kind == TimelineEventKind.Started)), x =>
        {
            var started = x.Held.Timeline.First(e => e.Kind == TimelineEventKind.Started).At;
            Assert.True(started >= x.Held.AssignedAt);
            Assert.All(x.Definition.PrerequisiteChecklistIds, id =>
            {
                var prerequisite = Assert.Single(x.Associate.Checklists, c => c.ChecklistId == id);
                Assert.Equal(ProgressStatus.Completed, prerequisite.Status);
                Assert.True(prerequisite.CompletedAt <= started, $"{x.Associate.Id} {x.Held.CertificationId}");
            });
        });
    }

    [Fact]
    public void A_certification_that_forbids_single_day_completion_is_never_earned_on_the_day_it_started()
    {
        var earned = All.Where(x => x.Definition.ForbidSingleDayCompletion && x.Held.CertifiedAt is not null).ToList();

        Assert.NotEmpty(earned);
        Assert.All(earned, x =>
        {
            var started = x.Held.Timeline.First(e => e.Kind == TimelineEventKind.Started).At;
            Assert.NotEqual(started.Date, x.Held.CertifiedAt!.Value.Date);
        });
    }

    private static TimeSpan? Validity(CertificationDefinitionDocument definition) =>
        definition.ValidForDays is { } days ? TimeSpan.FromDays(days) : null;
}
