using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>
/// Fills in a checklist's sign-offs for a status: items done in order between two moments, each by a skill
/// builder, and the milestones reached by the item that reached them. A completed checklist's first item falls
/// on <c>from</c> and its last on <c>to</c>, so a caller that keeps them a day apart honours single-day rules.
/// </summary>
internal static class ChecklistWork
{
    public static AssociateChecklist Apply(
        AssociateChecklist assigned,
        ChecklistDefinitionDocument definition,
        ProgressStatus status,
        DateTime from,
        DateTime to,
        Random random,
        IReadOnlyList<string> trainers)
    {
        var total = definition.Items.Count;
        var done = status switch
        {
            ProgressStatus.Completed => total,
            ProgressStatus.InProgress => random.Next(1, total),
            _ => 0,
        };
        if (done == 0)
        {
            return assigned with { Status = ProgressStatus.NotStarted };
        }

        var times = new DateTime[done];
        times[0] = from;
        for (var i = 1; i < done; i++)
        {
            times[i] = SeedTime.Between(random, from, to);
        }

        if (status == ProgressStatus.Completed)
        {
            times[done - 1] = to;
        }

        Array.Sort(times);
        var trainer = Pick.One(random, trainers);
        var items = new ChecklistItemProgress[done];
        for (var i = 0; i < done; i++)
        {
            // A second trainer now and then, as when shifts change hands.
            var by = trainers.Count > 1 && Pick.Chance(random, 15) ? Pick.One(random, trainers) : trainer;
            items[i] = new ChecklistItemProgress { ItemId = definition.Items[i].ItemId, DoneAt = times[i], DoneBy = by };
        }

        var milestones = definition.Milestones
            .Where(m => m.AfterItems >= 1 && m.AfterItems <= done)
            .Select(m => new MilestoneProgress { MilestoneId = m.MilestoneId, ReachedAt = times[m.AfterItems - 1] })
            .ToList();

        return assigned with
        {
            Status = status,
            StartedAt = times[0],
            CompletedAt = status == ProgressStatus.Completed ? times[done - 1] : null,
            Items = items,
            Milestones = milestones,
        };
    }
}
