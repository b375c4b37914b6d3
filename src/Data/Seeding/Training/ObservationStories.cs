using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Catalog;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>An observation not yet started, under way (an observer named, notes so far) or completed.</summary>
internal static class ObservationStories
{
    public static AssociateObservation Build(
        SeedContext context,
        string id,
        string name,
        AssignmentSource source,
        DateTime assignedAt,
        int dueInDays,
        string observer,
        bool veteran)
    {
        var random = context.Random;
        var now = context.Now;
        var window = now - assignedAt;
        var possible = window >= SeedTime.Day;
        var late = window >= SeedTime.Day * dueInDays;
        var status = veteran && possible
            ? ProgressStatus.Completed
            : Pick.State(random, context.Coverage, CoverageAreas.Observation, (ReadOnlySpan<(ProgressStatus, int)>)
            [
                (ProgressStatus.NotStarted, late ? 8 : 40),
                (ProgressStatus.InProgress, possible ? late ? 12 : 30 : 0),
                (ProgressStatus.Completed, possible ? late ? 80 : 30 : 0),
            ]);
        context.Coverage.Saw(CoverageAreas.Observation, status);
        var observation = new AssociateObservation
        {
            ObservationId = id,
            Name = name,
            Status = status,
            Source = source,
            AssignedAt = assignedAt,
            DueAt = assignedAt + SeedTime.Day * dueInDays,
        };
        return status switch
        {
            ProgressStatus.InProgress => observation with { ObservedBy = observer, Notes = Pick.One(random, DemoTexts.ObservationInProgressNotes) },
            ProgressStatus.Completed => observation with
            {
                ObservedBy = observer,
                CompletedAt = Pick.Chance(random, 75)
                    ? SeedTime.Between(random, assignedAt + SeedTime.Hour, SeedTime.Min(now, assignedAt + SeedTime.Day * Math.Max(1, dueInDays * 2)))
                    : SeedTime.Between(random, assignedAt + SeedTime.Hour, now),
                Notes = Pick.One(random, DemoTexts.ObservationCompletedNotes),
            },
            _ => observation,
        };
    }
}
