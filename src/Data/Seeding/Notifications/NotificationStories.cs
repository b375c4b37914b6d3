using System.Globalization;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Training;
using GraphTraining.Data.Seeding.Workforce;

namespace GraphTraining.Data.Seeding.Notifications;

/// <summary>
/// Turns one associate's recent events into a notification for each of their leaders, oldest first; older
/// ones have mostly been read.
/// </summary>
internal static class NotificationStories
{
    public static void Build(SeedContext context, Person person, List<NotificationDocument> notifications)
    {
        if (person.LeaderIds.Count == 0)
        {
            return;
        }

        var random = context.Random;
        var now = context.Now;
        var sequence = 0;
        foreach (var recent in context.Events.Events.OrderBy(e => e.At))
        {
            context.Coverage.Saw(CoverageAreas.Notification, recent.Kind);
            foreach (var leaderId in person.LeaderIds)
            {
                sequence++;
                var old = now - recent.At > SeedTime.Day * 3;
                DateTime? readAt = Pick.Chance(random, old ? 75 : 30)
                    ? SeedTime.Between(random, recent.At, SeedTime.Min(now, recent.At + SeedTime.Day * 3))
                    : null;
                notifications.Add(new NotificationDocument
                {
                    Id = "n-" + person.Number.ToString("D6", CultureInfo.InvariantCulture) + "-" + sequence.ToString("D3", CultureInfo.InvariantCulture),
                    RecipientId = leaderId,
                    AssociateId = person.Id,
                    Kind = recent.Kind,
                    Message = person.DisplayName + " " + recent.Detail,
                    SubjectId = recent.SubjectId,
                    CreatedAt = recent.At,
                    ReadAt = readAt,
                });
            }
        }
    }
}
