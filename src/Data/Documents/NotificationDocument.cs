namespace GraphTraining.Data.Documents;

/// <summary>Something a leader is told about one of their associates.</summary>
public sealed record NotificationDocument : Document
{
    public required string RecipientId { get; init; }

    public required string AssociateId { get; init; }

    public NotificationKind Kind { get; init; }

    public required string Message { get; init; }

    /// <summary>The id of the checklist, certification, observation or plan concerned.</summary>
    public string? SubjectId { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime? ReadAt { get; init; }
}
