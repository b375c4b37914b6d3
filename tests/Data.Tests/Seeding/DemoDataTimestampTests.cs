using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Tests.Seeding;

public class DemoDataTimestampTests(DefaultDemoData demo) : IClassFixture<DefaultDemoData>
{
    private static readonly string[] FutureAllowed = [nameof(AssociateCertification.DueAt), nameof(AssociateCertification.ExpiresAt)];

    [Fact]
    public void Every_timestamp_is_utc_in_whole_milliseconds_and_not_after_now_except_due_and_expiry_dates()
    {
        var index = demo.Index;
        var documents = index.Data.Associates.Cast<Document>().Concat(index.Data.Notifications).ToList();

        var dates = documents.SelectMany(DocumentDates.Of).ToList();

        Assert.True(dates.Count > 10_000, $"only {dates.Count} timestamps found");
        Assert.All(dates, d => Assert.Equal(DateTimeKind.Utc, d.Value.Kind));
        Assert.All(dates, d => Assert.Equal(0, d.Value.Ticks % TimeSpan.TicksPerMillisecond));
        Assert.All(dates.Where(d => !FutureAllowed.Contains(d.Property)), d => Assert.True(d.Value <= index.Now, $"{d.Property} {d.Value:O} is after now"));
        Assert.Contains(dates, d => d.Property == nameof(AssociateCertification.DueAt) && d.Value > index.Now);
        Assert.Contains(dates, d => d.Property == nameof(AssociateCertification.ExpiresAt) && d.Value > index.Now);
    }

    [Fact]
    public void Nobody_is_hired_after_now_and_every_job_starts_after_hiring()
    {
        Assert.All(demo.Index.Data.Associates, a =>
        {
            Assert.True(a.HiredAt < demo.Index.Now);
            Assert.All(a.JobFunctions, j => Assert.True(j.AssignedAt >= a.HiredAt && j.AssignedAt <= demo.Index.Now));
        });
    }

    [Fact]
    public void Leaders_notifications_are_recent_and_read_only_after_they_were_sent()
    {
        Assert.All(demo.Index.Data.Notifications, n =>
        {
            Assert.InRange(n.CreatedAt, demo.Index.Now.AddDays(-45), demo.Index.Now);
            Assert.True(n.ReadAt is null || n.ReadAt >= n.CreatedAt);
        });
    }
}
