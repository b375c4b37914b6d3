using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataStateCoverageTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    [Fact]
    public void Default_data_shows_every_state_of_every_enum()
    {
        AssertEveryState(demo.Index.Data);
    }

    [Fact]
    public void Two_thousand_associates_still_show_every_state()
    {
        var data = DemoDataGenerator.Generate(new DemoDataOptions { Associates = 2_000 });

        Assert.Equal(2_000, data.Associates.Count);
        AssertEveryState(data);
    }

    [Fact]
    public void A_tiny_request_is_raised_to_the_minimum_and_still_shows_every_state()
    {
        var data = DemoDataGenerator.Generate(new DemoDataOptions { Associates = 1 });

        Assert.Equal(DemoDataGenerator.MinimumAssociates, data.Associates.Count);
        AssertEveryState(data);
    }

    private static void AssertEveryState(DemoDataSet data)
    {
        var certifications = data.Associates.SelectMany(a => a.Certifications).ToList();
        var checklists = data.Associates.SelectMany(a => a.Checklists).ToList();
        var standalone = checklists.Where(c => c.CertificationId is null).ToList();
        var beneath = checklists.Where(c => c.CertificationId is not null).ToList();
        var tiers = certifications.SelectMany(c => c.Tiers).ToList();
        var observations = data.Associates.SelectMany(a => a.Observations).ToList();
        var plans = data.Associates.SelectMany(a => a.Plans).ToList();
        var timeline = certifications.SelectMany(c => c.Timeline).ToList();

        Assert.All(Enum.GetValues<CertificationStatus>(), s => Assert.Contains(certifications, c => c.Status == s));
        Assert.All(Enum.GetValues<RevocationDetermination>(), d => Assert.Contains(certifications, c => c.Revocation?.Determination == d));
        Assert.All(Enum.GetValues<AssignmentSource>(), s => Assert.Contains(certifications, c => c.Source == s));
        Assert.All(Enum.GetValues<AssignmentSource>(), s => Assert.Contains(standalone, c => c.Source == s));
        Assert.All(Enum.GetValues<ProgressStatus>(), s => Assert.Contains(standalone, c => c.Status == s));
        Assert.All(Enum.GetValues<ProgressStatus>(), s => Assert.Contains(beneath, c => c.Status == s));
        Assert.All(Enum.GetValues<ProgressStatus>(), s => Assert.Contains(tiers, t => t.Status == s));
        Assert.All(Enum.GetValues<ProgressStatus>(), s => Assert.Contains(observations, o => o.Status == s));
        Assert.All(Enum.GetValues<AssignmentSource>(), s => Assert.Contains(observations, o => o.Source == s));
        Assert.All(Enum.GetValues<PlanStatus>(), s => Assert.Contains(plans, p => p.Status == s));
        Assert.All(Enum.GetValues<TimelineEventKind>(), k => Assert.Contains(timeline, e => e.Kind == k));
        Assert.All(Enum.GetValues<NotificationKind>(), k => Assert.Contains(data.Notifications, n => n.Kind == k));
        Assert.Contains(data.Notifications, n => n.ReadAt is null);
        Assert.Contains(data.Notifications, n => n.ReadAt is not null);
        Assert.Contains(plans, p => p.Meetings.Count > 0 && p.Notes.Count > 0 && p.Evidence.Count > 0);
        Assert.Contains(data.Associates, a => a.JobFunctions.Count > 1);
        Assert.Contains(data.Associates, a => a.Plans.Count > 1);
    }
}
