using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>
/// The recent events of the associate being generated. Only events since <see cref="Since"/> become
/// notifications, which keeps the notifications collection to what an inbox would hold at any scale.
/// </summary>
internal sealed class EventLog
{
    private readonly List<SeedEvent> _events = [];

    public EventLog(DateTime since) => Since = since;

    public DateTime Since { get; }

    public IReadOnlyList<SeedEvent> Events => _events;

    public bool IsRecent(DateTime at) => at >= Since;

    public void Record(NotificationKind kind, DateTime at, string subjectId, string detail)
    {
        if (IsRecent(at))
        {
            _events.Add(new SeedEvent(kind, at, subjectId, detail));
        }
    }

    public void Clear() => _events.Clear();
}
