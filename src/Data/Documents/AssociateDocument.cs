namespace GraphTraining.Data.Documents;

/// <summary>One person's profile with everything embedded that changes with it; the unit of atomicity.</summary>
public sealed record AssociateDocument : Document
{
    public required string EmployeeNumber { get; init; }

    public required string FirstName { get; init; }

    public required string LastName { get; init; }

    public required string DisplayName { get; init; }

    public string? Email { get; init; }

    public required string LocationId { get; init; }

    public DateTime HiredAt { get; init; }

    public IReadOnlyList<string> LeaderIds { get; init; } = [];

    public IReadOnlyList<string> UserGroups { get; init; } = [];

    public IReadOnlyList<string> RoleIds { get; init; } = [];

    public IReadOnlyList<AssociateJobFunction> JobFunctions { get; init; } = [];

    public IReadOnlyList<AssociateCertification> Certifications { get; init; } = [];

    public IReadOnlyList<AssociateChecklist> Checklists { get; init; } = [];

    public IReadOnlyList<AssociateObservation> Observations { get; init; } = [];

    public IReadOnlyList<AssociatePlan> Plans { get; init; } = [];
}
