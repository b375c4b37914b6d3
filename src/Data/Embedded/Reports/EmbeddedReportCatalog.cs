using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;

namespace GraphTraining.Data.Embedded.Reports;

/// <summary>
/// The current <see cref="ReportCatalog"/> of an embedded store, rebuilt only when a catalog document is
/// written or deleted: the same instance is handed out while nothing changed, so row caches keyed on it stay valid.
/// </summary>
internal sealed class EmbeddedReportCatalog(
    EmbeddedCollection<CertificationDefinitionDocument> certifications,
    EmbeddedCollection<ChecklistDefinitionDocument> checklists,
    EmbeddedCollection<PlanTypeDocument> planTypes,
    EmbeddedCollection<PlanOutcomeDocument> planOutcomes)
{
    private ReportCatalog? _current;

    public ReportCatalog Current()
    {
        var c = certifications.Documents.ToList();
        var k = checklists.Documents.ToList();
        var t = planTypes.Documents.ToList();
        var o = planOutcomes.Documents.ToList();
        var known = Volatile.Read(ref _current);
        if (known is not null && known.IsSnapshotOf(c, k, t, o))
        {
            return known;
        }

        var built = new ReportCatalog(c, k, t, o);
        Volatile.Write(ref _current, built);
        return built;
    }
}
