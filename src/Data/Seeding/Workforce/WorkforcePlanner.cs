using System.Globalization;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Catalog;
using GraphTraining.Data.Seeding.Training;

namespace GraphTraining.Data.Seeding.Workforce;

/// <summary>
/// Plans the people: an administrator, a program manager per region, a senior leader per site, team leaders
/// (about one per sixteen), skill builders for every job at every site, then the frontline. Leaders come first
/// so the lowest ids hold the leadership roles.
/// </summary>
internal static class WorkforcePlanner
{
    private const int FixedLeaders = 7;

    public static WorkforcePlan Plan(int requested, DateTime now, Random random, NamePool names)
    {
        var sites = DemoLocations.Sites;
        var rest = Math.Max(requested, DemoDataGenerator.MinimumAssociates) - FixedLeaders;
        var teamLeaderTarget = Math.Max(2 * sites.Count, rest / 16);
        var teamLeadersPerSite = sites.Select(s => Math.Max(2, teamLeaderTarget * s.FrontlineWeight / 100)).ToList();
        var jobs = sites.SelectMany((s, i) => s.Jobs.Select(j => (SiteIndex: i, j.JobFunctionId))).ToList();
        var skillBuilders = Math.Max(jobs.Count, rest / 30);
        var frontline = rest - teamLeadersPerSite.Sum() - skillBuilders;

        var people = new List<Person>(rest + FixedLeaders);
        Person Add(PersonKind kind, string locationId, int tenureDays, string roleId)
        {
            var number = people.Count + 1;
            var person = new Person
            {
                Number = number,
                Id = "a-" + number.ToString("D6", CultureInfo.InvariantCulture),
                Kind = kind,
                LocationId = locationId,
                FirstName = Pick.One(random, names.FirstNames),
                LastName = Pick.One(random, names.LastNames),
                HiredAt = now.Date.AddDays(-tenureDays),
                RoleIds = [roleId],
            };
            people.Add(person);
            return person;
        }

        // Leaders and trainers were hired over seven years ago, before any frontline associate they train or lead.
        int LeaderTenure() => random.Next(2_600, 6_000);

        var admin = Add(PersonKind.Administrator, DemoLocations.HarbourPoint, LeaderTenure(), DemoRoleIds.Administrator);
        var programManagers = DemoLocations.Regions
            .Select((_, region) => Add(PersonKind.ProgramManager, sites.First(s => s.RegionIndex == region).Location.Id, LeaderTenure(), DemoRoleIds.ProgramManager))
            .ToList();
        var seniorLeaders = sites.Select(s => Add(PersonKind.SeniorLeader, s.Location.Id, LeaderTenure(), DemoRoleIds.SeniorLeader)).ToList();
        var teamLeaders = sites
            .Select((s, i) => Enumerable.Range(0, teamLeadersPerSite[i]).Select(_ => Add(PersonKind.TeamLeader, s.Location.Id, LeaderTenure(), DemoRoleIds.TeamLeader)).ToList())
            .ToList();
        var trainers = Enumerable.Range(0, skillBuilders)
            .Select(i => jobs[i % jobs.Count])
            .Select(job => (Job: job, Person: Add(PersonKind.SkillBuilder, sites[job.SiteIndex].Location.Id, LeaderTenure(), DemoRoleIds.SkillBuilder)))
            .ToList();
        var frontlinePeople = ShuffledSites(sites, frontline, random)
            .Select(i => (SiteIndex: i, Person: Add(PersonKind.Frontline, sites[i].Location.Id, FrontlineTenure(random), DemoRoleIds.Associate)))
            .ToList();

        admin.UserGroups = [UserGroups.Leadership];
        foreach (var manager in programManagers)
        {
            manager.UserGroups = [UserGroups.Leadership];
            manager.LeaderIds = [admin.Id];
        }

        for (var i = 0; i < sites.Count; i++)
        {
            var site = sites[i];
            var manager = programManagers[site.RegionIndex];
            seniorLeaders[i].UserGroups = [UserGroups.Leadership];
            seniorLeaders[i].LeaderIds = [manager.Id];
            foreach (var leader in teamLeaders[i])
            {
                var promotedAt = now.Date.AddDays(-random.Next(200, 2_000)).AddHours(9);
                leader.JobFunctions = [new() { JobFunctionId = DemoJobFunctions.TeamLeader, AssignedAt = promotedAt, AssignedBy = manager.Id }];
                leader.UserGroups = Groups([UserGroups.Leadership, site.SiteGroup]);
                leader.LeaderIds = [seniorLeaders[i].Id, manager.Id];
                leader.SeniorLeaderId = seniorLeaders[i].Id;
            }
        }

        var seatsTaken = new int[sites.Count];
        foreach (var ((siteIndex, jobFunctionId), person) in trainers)
        {
            // Trainers took on the job they coach within the last seven years, after every leader was hired, so
            // whoever signed off their own training was already there.
            var startedJob = now.Date.AddDays(-random.Next(2_000, 2_590));
            Staff(person, [jobFunctionId], startedJob, isSkillBuilder: true, programManagers[sites[siteIndex].RegionIndex].Id, random);
            Lead(person, teamLeaders[siteIndex], seatsTaken[siteIndex]++, seniorLeaders[siteIndex].Id);
        }

        foreach (var (siteIndex, person) in frontlinePeople)
        {
            var site = sites[siteIndex];
            Staff(person, ChooseJobs(site, person, now, random), person.HiredAt, isSkillBuilder: false, programManagers[site.RegionIndex].Id, random);
            Lead(person, teamLeaders[siteIndex], seatsTaken[siteIndex]++, seniorLeaders[siteIndex].Id);
        }

        return new WorkforcePlan(people);
    }

    private static void Staff(Person person, IReadOnlyList<string> jobFunctionIds, DateTime startedJob, bool isSkillBuilder, string assignedBy, Random random)
    {
        var firstDay = startedJob.AddHours(9);
        person.JobFunctions = jobFunctionIds
            .Select((id, i) => new AssociateJobFunction
            {
                JobFunctionId = id,
                AssignedAt = i == 0 ? firstDay : SecondJobStart(person, random),
                AssignedBy = assignedBy,
                IsSkillBuilder = isSkillBuilder,
            })
            .ToList();
        person.UserGroups = Groups(jobFunctionIds.SelectMany(DemoJobFunctions.GroupsOf));
    }

    private static DateTime SecondJobStart(Person person, Random random) => person.HiredAt.AddDays(random.Next(30, 60)).AddHours(9);

    private static void Lead(Person person, IReadOnlyList<Person> teamLeaders, int seat, string seniorLeaderId)
    {
        var teamLeader = teamLeaders[seat % teamLeaders.Count];
        person.TeamLeaderId = teamLeader.Id;
        person.SeniorLeaderId = seniorLeaderId;
        person.LeaderIds = [teamLeader.Id, seniorLeaderId];
    }

    private static IReadOnlyList<string> ChooseJobs(Site site, Person person, DateTime now, Random random)
    {
        var primary = Pick.Weighted(random, site.Jobs.Select(j => (j.JobFunctionId, j.Weight)).ToArray());
        var tenureDays = (now - person.HiredAt).TotalDays;
        if (tenureDays < 90 || !Pick.Chance(random, 25))
        {
            return [primary];
        }

        var others = site.Jobs.Select(j => j.JobFunctionId).Where(j => j != primary && j != DemoJobFunctions.PharmacyTechnician).ToList();
        return others.Count == 0 ? [primary] : [primary, Pick.One(random, others)];
    }

    private static int FrontlineTenure(Random random) => Pick.Weighted(random, [(0, 15), (1, 35), (2, 50)]) switch
    {
        0 => random.Next(2, 60),
        1 => random.Next(60, 365),
        _ => random.Next(365, 2_555),
    };

    // Exact head counts per site by weight (the remainder handed out in site order), shuffled so ids do not cluster by site.
    private static List<int> ShuffledSites(IReadOnlyList<Site> sites, int count, Random random)
    {
        var totalWeight = sites.Sum(s => s.FrontlineWeight);
        var counts = sites.Select(s => count * s.FrontlineWeight / totalWeight).ToArray();
        for (var i = 0; counts.Sum() < count; i = (i + 1) % sites.Count)
        {
            counts[i]++;
        }

        var order = counts.SelectMany((n, i) => Enumerable.Repeat(i, n)).ToList();
        for (var i = order.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    private static IReadOnlyList<string> Groups(IEnumerable<string> groups) =>
        groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
