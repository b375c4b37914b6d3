using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded.Querying;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Tests.Embedded.Querying;

/// <summary>Small documents with defaults, so each test shows only the fields its rule is about.</summary>
internal static class QueryDocuments
{
    public static readonly DateTime Day = new(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    public static AssociateDocument Associate(string id) => new()
    {
        Id = id,
        EmployeeNumber = $"E-{id}",
        FirstName = "Ada",
        LastName = "Lovelace",
        DisplayName = $"Associate {id}",
        LocationId = "loc-1",
        HiredAt = Day,
    };

    public static AssociateCertification Certification(string id, CertificationStatus status = CertificationStatus.Assigned) => new()
    {
        CertificationId = id,
        Status = status,
        Source = AssignmentSource.Manual,
        AssignedAt = Day,
    };

    public static Revocation Revoked(RevocationDetermination determination) => new()
    {
        Determination = determination,
        Reason = "Audit finding",
        By = "lead-1",
        At = Day,
    };

    public static TierProgress Tier(string id, ProgressStatus status) => new() { TierId = id, Status = status };

    public static NotificationDocument Notification(string id, DateTime? readAt = null) => new()
    {
        Id = id,
        RecipientId = "lead-1",
        AssociateId = "a-1",
        Kind = NotificationKind.ChecklistAssigned,
        Message = "Checklist assigned",
        CreatedAt = Day,
        ReadAt = readAt,
    };

    public static PlanOutcomeDocument Outcome(string id, string name, bool isActive = true) => new()
    {
        Id = id,
        Name = name,
        Colour = "#2E7D32",
        IsActive = isActive,
    };

    /// <summary>The ids of the documents the embedded engine matches, in the order given.</summary>
    public static string[] Matching<T>(FilterNode filter, params T[] documents) where T : Document
    {
        var predicate = EmbeddedQueryCompiler.CompileFilter<T>(filter);
        return documents.Select(DocumentMapping.RoundTrip).Where(predicate).Select(d => d.Id).ToArray();
    }

    /// <summary>The ids in the order the embedded engine sorts them.</summary>
    public static string[] Sorted<T>(IReadOnlyList<SortField> sort, params T[] documents) where T : Document
    {
        var comparer = EmbeddedQueryCompiler.CompileSort<T>(sort);
        return documents.Select(DocumentMapping.RoundTrip).Order(comparer).Select(d => d.Id).ToArray();
    }

    public static FieldCondition Where(string field, FilterOperator op, object? value) => new(field, op, value);

    public static object?[] Values(params object?[] values) => values;

    public static AllOf All(params FilterNode[] filters) => new(filters);

    public static AnyOf Any(params FilterNode[] filters) => new(filters);

    public static ListCondition Some(string field, FilterNode? element) => new(field, ListQuantifier.Some, element);

    public static ListCondition Every(string field, FilterNode? element) => new(field, ListQuantifier.All, element);

    public static ListCondition NoneOf(string field, FilterNode? element) => new(field, ListQuantifier.None, element);
}
