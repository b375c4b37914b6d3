using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Reports;

/// <summary>The catalog entries rows take names and totals from, by id. Immutable: a catalog change makes a new one.</summary>
public sealed class ReportCatalog(
    IEnumerable<CertificationDefinitionDocument> certifications,
    IEnumerable<ChecklistDefinitionDocument> checklists,
    IEnumerable<PlanTypeDocument> planTypes,
    IEnumerable<PlanOutcomeDocument> planOutcomes)
{
    public IReadOnlyDictionary<string, CertificationDefinitionDocument> Certifications { get; } = certifications.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ChecklistDefinitionDocument> Checklists { get; } = checklists.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PlanTypeDocument> PlanTypes { get; } = planTypes.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, PlanOutcomeDocument> PlanOutcomes { get; } = planOutcomes.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>True when every entry here is the very same document instance as in the given collections (so nothing changed).</summary>
    public bool IsSnapshotOf(
        IReadOnlyCollection<CertificationDefinitionDocument> certifications,
        IReadOnlyCollection<ChecklistDefinitionDocument> checklists,
        IReadOnlyCollection<PlanTypeDocument> planTypes,
        IReadOnlyCollection<PlanOutcomeDocument> planOutcomes) =>
        Same(Certifications, certifications) && Same(Checklists, checklists) && Same(PlanTypes, planTypes) && Same(PlanOutcomes, planOutcomes);

    private static bool Same<T>(IReadOnlyDictionary<string, T> known, IReadOnlyCollection<T> current) where T : Document =>
        known.Count == current.Count && current.All(d => known.TryGetValue(d.Id, out var k) && ReferenceEquals(k, d));
}
