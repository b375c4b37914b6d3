using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding;

/// <summary>Every document of one generated demo organisation, one list per collection, in the order they were created.</summary>
public sealed record DemoDataSet
{
    public required IReadOnlyList<LocationDocument> Locations { get; init; }

    public required IReadOnlyList<JobFunctionDocument> JobFunctions { get; init; }

    public required IReadOnlyList<CertificationDefinitionDocument> Certifications { get; init; }

    public required IReadOnlyList<ChecklistDefinitionDocument> Checklists { get; init; }

    public required IReadOnlyList<PlanTypeDocument> PlanTypes { get; init; }

    public required IReadOnlyList<PlanOutcomeDocument> PlanOutcomes { get; init; }

    public required IReadOnlyList<RoleDocument> Roles { get; init; }

    public required IReadOnlyList<NotificationDocument> Notifications { get; init; }

    public required IReadOnlyList<AssociateDocument> Associates { get; init; }
}
