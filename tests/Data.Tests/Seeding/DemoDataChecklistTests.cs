using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataChecklistTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    private DemoDataIndex Index => demo.Index;

    private IEnumerable<(AssociateDocument Associate, AssociateChecklist Held, ChecklistDefinitionDocument Definition)> All =>
        Index.Data.Associates.SelectMany(a => a.Checklists.Select(c => (a, c, Index.Checklists[c.ChecklistId])));

    [Fact]
    public void Completed_means_every_item_signed_off_by_a_skill_builder_from_start_to_completion()
    {
        Assert.All(All.Where(x => x.Held.Status == ProgressStatus.Completed), x =>
        {
            Assert.Equal(x.Definition.Items.Select(i => i.ItemId).Order(), x.Held.Items.Select(i => i.ItemId).Order());
            Assert.All(x.Held.Items, i => Assert.True(Index.IsSkillBuilder(i.DoneBy)));
            Assert.Equal(x.Held.Items.Max(i => i.DoneAt), x.Held.CompletedAt);
            Assert.Equal(x.Held.Items.Min(i => i.DoneAt), x.Held.StartedAt);
        });
    }

    [Fact]
    public void In_progress_means_some_but_not_all_items_and_not_started_means_none()
    {
        Assert.All(All.Where(x => x.Held.Status == ProgressStatus.InProgress), x =>
        {
            Assert.InRange(x.Held.Items.Count, 1, x.Definition.Items.Count - 1);
            Assert.Null(x.Held.CompletedAt);
            Assert.Equal(x.Held.Items.Min(i => i.DoneAt), x.Held.StartedAt);
            Assert.All(x.Held.Items, i => Assert.True(Index.IsSkillBuilder(i.DoneBy)));
        });
        Assert.All(All.Where(x => x.Held.Status == ProgressStatus.NotStarted), x =>
        {
            Assert.Empty(x.Held.Items);
            Assert.Empty(x.Held.Milestones);
            Assert.Null(x.Held.StartedAt);
            Assert.Null(x.Held.CompletedAt);
        });
    }

    [Fact]
    public void Milestones_are_reached_exactly_when_enough_items_are_done_at_the_moment_the_last_of_them_was()
    {
        Assert.All(All, x =>
        {
            var doneAt = x.Held.Items.Select(i => i.DoneAt).Order().ToList();
            var expected = x.Definition.Milestones
                .Where(m => m.AfterItems <= doneAt.Count)
                .Select(m => (m.MilestoneId, doneAt[m.AfterItems - 1]));
            Assert.Equal(expected, x.Held.Milestones.Select(m => (m.MilestoneId, m.ReachedAt)));
        });
    }

    [Fact]
    public void Started_checklists_had_their_prerequisites_completed_first_and_were_started_after_assignment()
    {
        Assert.All(All.Where(x => x.Held.StartedAt is not null), x =>
        {
            Assert.True(x.Held.StartedAt >= x.Held.AssignedAt);
            Assert.All(x.Definition.PrerequisiteChecklistIds, id =>
            {
                var prerequisite = Assert.Single(x.Associate.Checklists, c => c.ChecklistId == id);
                Assert.True(prerequisite.CompletedAt <= x.Held.StartedAt, $"{x.Associate.Id} {x.Held.ChecklistId}");
            });
        });
    }

    [Fact]
    public void A_checklist_that_forbids_single_day_completion_is_never_completed_on_the_day_it_started()
    {
        var completed = All.Where(x => x.Definition.ForbidSingleDayCompletion && x.Held.Status == ProgressStatus.Completed).ToList();

        Assert.NotEmpty(completed);
        Assert.All(completed, x => Assert.NotEqual(x.Held.StartedAt!.Value.Date, x.Held.CompletedAt!.Value.Date));
    }

    [Fact]
    public void Observations_name_an_observer_once_under_way_and_a_completion_only_when_completed()
    {
        var observations = Index.Data.Associates.SelectMany(a => a.Observations).ToList();

        Assert.All(observations, o =>
        {
            Assert.Equal(o.Status != ProgressStatus.NotStarted, o.ObservedBy is not null);
            Assert.Equal(o.Status == ProgressStatus.Completed, o.CompletedAt is not null);
            Assert.True(o.CompletedAt is null || o.CompletedAt >= o.AssignedAt);
            Assert.True(o.DueAt > o.AssignedAt);
        });
    }
}
