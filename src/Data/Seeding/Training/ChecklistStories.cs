using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>How far a standalone checklist has got, and over which stretch of time its items were signed off.</summary>
internal static class ChecklistStories
{
    private static readonly TimeSpan LongestSpan = SeedTime.Day * 45;

    /// <summary>The shortest time from first to last sign-off: over a day when one day is not allowed.</summary>
    public static TimeSpan MinimumSpan(ChecklistDefinitionDocument definition) =>
        definition.ForbidSingleDayCompletion ? SeedTime.Day + SeedTime.Hour : SeedTime.Hour * 2;

    public static ProgressStatus Choose(SeedContext context, ChecklistDefinitionDocument definition, TimeSpan window, bool blocked, int dueInDays, bool veteran)
    {
        var canStart = !blocked && window >= SeedTime.Hour * 2;
        var canFinish = !blocked && window >= MinimumSpan(definition);
        if (veteran)
        {
            return canFinish ? ProgressStatus.Completed : canStart ? ProgressStatus.InProgress : ProgressStatus.NotStarted;
        }

        var late = window >= SeedTime.Day * dueInDays;
        return Pick.State(context.Random, context.Coverage, CoverageAreas.Checklist, (ReadOnlySpan<(ProgressStatus, int)>)
        [
            (ProgressStatus.NotStarted, late ? 5 : 35),
            (ProgressStatus.InProgress, canStart ? late ? 12 : 40 : 0),
            (ProgressStatus.Completed, canFinish ? late ? 83 : 25 : 0),
        ]);
    }

    /// <summary>From the first sign-off to the last (completed) or to now (in progress); most finish soon after the due date.</summary>
    public static (DateTime From, DateTime To) Window(SeedContext context, ChecklistDefinitionDocument definition, ProgressStatus status, DateTime ready, int dueInDays)
    {
        var random = context.Random;
        var now = context.Now;
        switch (status)
        {
            case ProgressStatus.InProgress:
                return (SeedTime.Between(random, ready, SeedTime.Min(now - SeedTime.Hour, ready + SeedTime.Day * 14)), now);
            case ProgressStatus.Completed:
                var span = MinimumSpan(definition);
                var soon = ready + SeedTime.Day * Math.Max(2, dueInDays * 2);
                var to = Pick.Chance(random, 80)
                    ? SeedTime.Between(random, ready + span, SeedTime.Min(now, soon))
                    : SeedTime.Between(random, ready + span, now);
                return (SeedTime.Between(random, SeedTime.Max(ready, to - LongestSpan), to - span), to);
            default:
                return (ready, ready);
        }
    }
}
