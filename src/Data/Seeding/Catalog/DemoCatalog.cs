using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>The catalog with the look-ups generation needs; immutable, so one instance serves every run.</summary>
internal sealed class DemoCatalog
{
    private readonly Dictionary<string, string> _certificationOfChecklist;

    private DemoCatalog()
    {
        Checklists = DemoChecklists.All.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Certifications = DemoCertifications.All.ToDictionary(c => c.Id, StringComparer.Ordinal);
        JobFunctions = DemoJobFunctions.All.ToDictionary(j => j.Id, StringComparer.Ordinal);
        PlanTypes = DemoPlanSettings.PlanTypes.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Outcomes = DemoPlanSettings.PlanOutcomes.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _certificationOfChecklist = DemoCertifications.All
            .SelectMany(c => c.ChecklistIds.Select(id => (ChecklistId: id, CertificationId: c.Id)))
            .ToDictionary(p => p.ChecklistId, p => p.CertificationId, StringComparer.Ordinal);
    }

    public static DemoCatalog Instance { get; } = new();

    public IReadOnlyDictionary<string, ChecklistDefinitionDocument> Checklists { get; }

    public IReadOnlyDictionary<string, CertificationDefinitionDocument> Certifications { get; }

    public IReadOnlyDictionary<string, JobFunctionDocument> JobFunctions { get; }

    public IReadOnlyDictionary<string, PlanTypeDocument> PlanTypes { get; }

    public IReadOnlyDictionary<string, PlanOutcomeDocument> Outcomes { get; }

    /// <summary>The certification a checklist sits beneath, if any.</summary>
    public string? CertificationOf(string checklistId) => _certificationOfChecklist.GetValueOrDefault(checklistId);
}
