using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;

namespace GraphTraining.Data.Tests.Seeding;

/// <summary>One generated data set with the look-ups the consistency tests need.</summary>
public sealed class DemoDataIndex
{
    public DemoDataIndex(DemoDataSet data, DateTime now)
    {
        Data = data;
        Now = now;
        Associates = data.Associates.ToDictionary(a => a.Id);
        Locations = data.Locations.ToDictionary(l => l.Id);
        JobFunctions = data.JobFunctions.ToDictionary(j => j.Id);
        Certifications = data.Certifications.ToDictionary(c => c.Id);
        Checklists = data.Checklists.ToDictionary(c => c.Id);
        PlanTypes = data.PlanTypes.ToDictionary(t => t.Id);
        PlanOutcomes = data.PlanOutcomes.ToDictionary(o => o.Id);
        Roles = data.Roles.ToDictionary(r => r.Id);
    }

    public DemoDataSet Data { get; }

    public DateTime Now { get; }

    public IReadOnlyDictionary<string, AssociateDocument> Associates { get; }

    public IReadOnlyDictionary<string, LocationDocument> Locations { get; }

    public IReadOnlyDictionary<string, JobFunctionDocument> JobFunctions { get; }

    public IReadOnlyDictionary<string, CertificationDefinitionDocument> Certifications { get; }

    public IReadOnlyDictionary<string, ChecklistDefinitionDocument> Checklists { get; }

    public IReadOnlyDictionary<string, PlanTypeDocument> PlanTypes { get; }

    public IReadOnlyDictionary<string, PlanOutcomeDocument> PlanOutcomes { get; }

    public IReadOnlyDictionary<string, RoleDocument> Roles { get; }

    public static DemoDataIndex Generate(DemoDataOptions options) => new(DemoDataGenerator.Generate(options), options.Now);

    public bool Can(string associateId, Permission permission) =>
        Associates.TryGetValue(associateId, out var associate)
        && associate.RoleIds.Any(r => Roles.TryGetValue(r, out var role) && role.Permissions.Contains(permission));

    public bool IsSkillBuilder(string associateId) =>
        Associates.TryGetValue(associateId, out var associate) && associate.JobFunctions.Any(j => j.IsSkillBuilder);

    public static bool IsEligible(AssociateDocument associate, AssignmentEligibility eligibility) =>
        (eligibility.UserGroups.Count == 0 || eligibility.UserGroups.Any(associate.UserGroups.Contains))
        && (eligibility.LocationIds.Count == 0 || eligibility.LocationIds.Contains(associate.LocationId))
        && (eligibility.JobFunctionIds.Count == 0 || associate.JobFunctions.Any(j => eligibility.JobFunctionIds.Contains(j.JobFunctionId)));
}
