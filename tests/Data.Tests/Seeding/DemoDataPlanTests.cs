using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataPlanTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    private DemoDataIndex Index => demo.Index;

    private List<AssociatePlan> Plans => Index.Data.Associates.SelectMany(a => a.Plans).ToList();

    [Fact]
    public void Only_completed_plans_have_an_outcome_and_it_is_an_active_outcome_set_when_the_plan_completed()
    {
        Assert.All(Plans, p =>
        {
            var completed = p.Status == PlanStatus.Completed;
            Assert.Equal(completed, p.OutcomeId is not null);
            Assert.Equal(completed, p.CompletedAt is not null);
            Assert.Equal(p.CompletedAt, p.OutcomeSetAt);
            if (p.OutcomeId is not null)
            {
                Assert.True(Index.PlanOutcomes[p.OutcomeId].IsActive);
            }
        });
    }

    [Fact]
    public void Plans_use_active_types_and_have_an_objective_and_a_due_date_after_creation()
    {
        Assert.All(Plans, p =>
        {
            Assert.True(Index.PlanTypes[p.PlanTypeId].IsActive);
            Assert.False(string.IsNullOrWhiteSpace(p.Objective));
            Assert.True(p.DueAt > p.CreatedAt);
        });
        Assert.All(Index.PlanTypes.Values.Where(t => t.IsActive), t => Assert.Contains(Plans, p => p.PlanTypeId == t.Id));
    }

    [Fact]
    public void Meetings_notes_and_evidence_are_dated_inside_the_plan()
    {
        Assert.All(Plans, p =>
        {
            var end = p.CompletedAt ?? Index.Now;
            Assert.All(p.Meetings.Select(m => m.HeldAt).Concat(p.Notes.Select(n => n.At)).Concat(p.Evidence.Select(e => e.UploadedAt)), at => Assert.InRange(at, p.CreatedAt, end));
            Assert.All(p.Evidence, e =>
            {
                Assert.True(e.Length > 0);
                Assert.Contains(e.EvidenceId, e.StorageKey, StringComparison.Ordinal);
            });
        });
    }

    [Fact]
    public void Child_ids_derive_from_the_plan_id_and_an_associate_has_at_most_one_plan_in_progress()
    {
        Assert.All(Index.Data.Associates, a =>
        {
            Assert.True(a.Plans.Count(p => p.Status == PlanStatus.InProgress) <= 1);
            Assert.Equal(a.Plans.Count, a.Plans.Select(p => p.PlanId).Distinct().Count());
            Assert.All(a.Plans, p =>
            {
                var children = p.Meetings.Select(m => m.MeetingId).Concat(p.Notes.Select(n => n.NoteId)).Concat(p.Evidence.Select(e => e.EvidenceId)).ToList();
                Assert.All(children, id => Assert.StartsWith(p.PlanId + "-", id, StringComparison.Ordinal));
                Assert.Equal(children.Count, children.Distinct().Count());
            });
        });
    }
}
