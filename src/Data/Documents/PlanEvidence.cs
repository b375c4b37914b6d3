namespace GraphTraining.Data.Documents;

/// <summary>A file uploaded to support a plan; the bytes live in file storage under StorageKey.</summary>
public sealed record PlanEvidence
{
    public required string EvidenceId { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Length { get; init; }

    public required string StorageKey { get; init; }

    public DateTime UploadedAt { get; init; }

    public required string UploadedBy { get; init; }
}
