using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Reports;

/// <summary>
/// One associate's standing on one certification, flattened for reports: <c>Id</c> is
/// <c>{associateId}/{certificationId}</c> and <c>Version</c> is always 0 (rows are read-only projections).
/// </summary>
public sealed record CertificationRecord : Document
{
    public required string AssociateId { get; init; }

    public required string EmployeeNumber { get; init; }

    public required string DisplayName { get; init; }

    public required string LocationId { get; init; }

    public IReadOnlyList<string> LeaderIds { get; init; } = [];

    public IReadOnlyList<string> JobFunctionIds { get; init; } = [];

    public required string CertificationId { get; init; }

    /// <summary>The catalog name; null when the definition is gone.</summary>
    public string? CertificationName { get; init; }

    public CertificationStatus Status { get; init; }

    public AssignmentSource Source { get; init; }

    public int TiersCompleted { get; init; }

    /// <summary>How many tiers the catalog defines.</summary>
    public int TiersTotal { get; init; }

    /// <summary>The name of the highest completed tier (by catalog order); null when none is completed.</summary>
    public string? CurrentTier { get; init; }

    public DateTime AssignedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? CertifiedAt { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public RevocationDetermination? RevocationDetermination { get; init; }
}
