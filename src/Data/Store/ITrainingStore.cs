using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;

namespace GraphTraining.Data.Store;

/// <summary>
/// The store port: one collection per document type. Implemented by the embedded store (memory + SQLite, the
/// default) and the MongoDB store; both pass the same contract tests. Registered as a singleton.
/// </summary>
public interface ITrainingStore
{
    IDocumentCollection<AssociateDocument> Associates { get; }

    IDocumentCollection<LocationDocument> Locations { get; }

    IDocumentCollection<JobFunctionDocument> JobFunctions { get; }

    IDocumentCollection<CertificationDefinitionDocument> Certifications { get; }

    IDocumentCollection<ChecklistDefinitionDocument> Checklists { get; }

    IDocumentCollection<PlanTypeDocument> PlanTypes { get; }

    IDocumentCollection<PlanOutcomeDocument> PlanOutcomes { get; }

    IDocumentCollection<RoleDocument> Roles { get; }

    IDocumentCollection<NotificationDocument> Notifications { get; }

    /// <summary>One row per associate × assigned certification.</summary>
    IReportRows<CertificationRecord> CertificationRecords { get; }

    /// <summary>One row per associate × assigned skill build checklist.</summary>
    IReportRows<SkillBuildRecord> SkillBuildRecords { get; }

    /// <summary>One row per associate × 1-to-1 plan.</summary>
    IReportRows<PlanRecord> PlanRecords { get; }

    /// <summary>True when the store can serve requests now (the readiness check).</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
