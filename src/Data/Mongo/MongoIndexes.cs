using GraphTraining.Data.Documents;
using MongoDB.Driver;

namespace GraphTraining.Data.Mongo;

/// <summary>
/// Every index the API's lookups and report filters and sorts rely on, in one place (the README lists them).
/// Created idempotently at start-up: creating an index that exists with the same keys is a no-op.
/// </summary>
public static class MongoIndexes
{
    public static IReadOnlyList<CreateIndexModel<AssociateDocument>> Associates { get; } =
    [
        Index("displayName_id", Keys.Ascending(a => a.DisplayName).Ascending(a => a.Id)),
        Index("locationId_displayName", Keys.Ascending(a => a.LocationId).Ascending(a => a.DisplayName)),
        Index("leaderIds", Keys.Ascending("leaderIds")),
        Index("employeeNumber", Keys.Ascending(a => a.EmployeeNumber), unique: true),
        Index("jobFunctions_jobFunctionId", Keys.Ascending("jobFunctions.jobFunctionId")),
        Index("certifications_certificationId_status", Keys.Ascending("certifications.certificationId").Ascending("certifications.status")),
        Index("certifications_status_expiresAt", Keys.Ascending("certifications.status").Ascending("certifications.expiresAt")),
        Index("checklists_checklistId_status", Keys.Ascending("checklists.checklistId").Ascending("checklists.status")),
        Index("plans_planTypeId_status", Keys.Ascending("plans.planTypeId").Ascending("plans.status")),
    ];

    public static IReadOnlyList<CreateIndexModel<NotificationDocument>> Notifications { get; } =
    [
        new(Builders<NotificationDocument>.IndexKeys.Ascending(n => n.RecipientId).Descending(n => n.CreatedAt), new CreateIndexOptions { Name = "recipientId_createdAt" }),
    ];

    public static async Task CreateAsync(IMongoDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await database.GetCollection<AssociateDocument>(Store.CollectionNames.Associates).Indexes.CreateManyAsync(Associates, cancellationToken).ConfigureAwait(false);
        await database.GetCollection<NotificationDocument>(Store.CollectionNames.Notifications).Indexes.CreateManyAsync(Notifications, cancellationToken).ConfigureAwait(false);
    }

    private static IndexKeysDefinitionBuilder<AssociateDocument> Keys => Builders<AssociateDocument>.IndexKeys;

    private static CreateIndexModel<AssociateDocument> Index(string name, IndexKeysDefinition<AssociateDocument> keys, bool unique = false) =>
        new(keys, new CreateIndexOptions { Name = name, Unique = unique });
}
