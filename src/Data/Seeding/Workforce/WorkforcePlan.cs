namespace GraphTraining.Data.Seeding.Workforce;

/// <summary>The planned people and who does what where: leaders per site and region, skill builders per job.</summary>
internal sealed class WorkforcePlan
{
    private readonly Dictionary<string, List<string>> _skillBuildersBySite = new(StringComparer.Ordinal);
    private readonly Dictionary<(string SiteId, string JobFunctionId), List<string>> _skillBuildersByJob = [];
    private readonly Dictionary<string, List<string>> _teamLeadersBySite = new(StringComparer.Ordinal);

    public WorkforcePlan(IReadOnlyList<Person> people)
    {
        People = people;
        foreach (var person in people)
        {
            if (person.Kind == PersonKind.TeamLeader)
            {
                Add(_teamLeadersBySite, person.LocationId, person.Id);
            }
            else if (person.Kind == PersonKind.SkillBuilder)
            {
                Add(_skillBuildersBySite, person.LocationId, person.Id);
                Add(_skillBuildersByJob, (person.LocationId, person.JobFunctions[0].JobFunctionId), person.Id);
            }
            else if (person.Kind == PersonKind.SeniorLeader)
            {
                SeniorLeaderBySite[person.LocationId] = person.Id;
            }
        }
    }

    public IReadOnlyList<Person> People { get; }

    public Dictionary<string, string> SeniorLeaderBySite { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> TeamLeadersAt(string siteId) => _teamLeadersBySite[siteId];

    /// <summary>The trainers for a job at a site, falling back to any trainer at the site.</summary>
    public IReadOnlyList<string> SkillBuildersFor(string siteId, string? jobFunctionId) =>
        jobFunctionId is not null && _skillBuildersByJob.TryGetValue((siteId, jobFunctionId), out var forJob)
            ? forJob
            : _skillBuildersBySite[siteId];

    private static void Add<TKey>(Dictionary<TKey, List<string>> map, TKey key, string id) where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(id);
    }
}
