using System.Globalization;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Catalog;
using GraphTraining.Data.Seeding.Notifications;
using GraphTraining.Data.Seeding.Plans;
using GraphTraining.Data.Seeding.Training;
using GraphTraining.Data.Seeding.Workforce;

namespace GraphTraining.Data.Seeding;

/// <summary>
/// Generates a whole demo organisation: the catalog (locations, job functions with action plans, certifications,
/// checklists, plan settings, roles) and a workforce in every training state, with its leaders' notifications.
/// Pure: the same options give the same documents, field for field.
/// </summary>
public static class DemoDataGenerator
{
    /// <summary>The smallest organisation that still has every leader and trainer and shows every state.</summary>
    public const int MinimumAssociates = 60;

    /// <summary>How far back leaders' notifications reach.</summary>
    public static readonly TimeSpan NotificationWindow = TimeSpan.FromDays(45);

    public static DemoDataSet Generate(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = SeedTime.Normalize(options.Now);
        var random = new Random(options.Seed);
        var workforce = WorkforcePlanner.Plan(options.Associates, now, random, NamePool.Create(options.Seed));
        var context = new SeedContext
        {
            Now = now,
            Random = random,
            Coverage = CoverageAreas.Everything(),
            Catalog = DemoCatalog.Instance,
            Workforce = workforce,
            Events = new EventLog(now - NotificationWindow),
        };
        var emails = new Dictionary<string, int>(StringComparer.Ordinal);
        var associates = new List<AssociateDocument>(workforce.People.Count);
        var notifications = new List<NotificationDocument>();
        foreach (var person in workforce.People)
        {
            context.Events.Clear();
            var training = new TrainingBuilder(context, person).Build();
            associates.Add(new AssociateDocument
            {
                Id = person.Id,
                EmployeeNumber = "E" + (100_000 + person.Number).ToString(CultureInfo.InvariantCulture),
                FirstName = person.FirstName,
                LastName = person.LastName,
                DisplayName = person.DisplayName,
                Email = Email(person, emails),
                LocationId = person.LocationId,
                HiredAt = person.HiredAt,
                LeaderIds = person.LeaderIds,
                UserGroups = person.UserGroups,
                RoleIds = person.RoleIds,
                JobFunctions = person.JobFunctions,
                Certifications = training.Certifications,
                Checklists = training.Checklists,
                Observations = training.Observations,
                Plans = PlanStories.Build(context, person),
            });
            NotificationStories.Build(context, person, notifications);
        }

        return new DemoDataSet
        {
            Locations = DemoLocations.All,
            JobFunctions = DemoJobFunctions.All,
            Certifications = DemoCertifications.All,
            Checklists = DemoChecklists.All,
            PlanTypes = DemoPlanSettings.PlanTypes,
            PlanOutcomes = DemoPlanSettings.PlanOutcomes,
            Roles = DemoRoles.All,
            Notifications = notifications,
            Associates = associates,
        };
    }

    // first.last@, with a number from the second namesake on, as a directory would hand them out.
    private static string Email(Person person, Dictionary<string, int> taken)
    {
        var local = Letters(person.FirstName) + "." + Letters(person.LastName);
        var count = taken[local] = taken.GetValueOrDefault(local) + 1;
        var suffix = count == 1 ? string.Empty : count.ToString(CultureInfo.InvariantCulture);
        return local + suffix + "@demo.graphtraining.example";
    }

    private static string Letters(string name) => string.Concat(name.Where(char.IsAsciiLetter)).ToLowerInvariant();
}
