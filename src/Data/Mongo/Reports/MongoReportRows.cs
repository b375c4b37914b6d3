using GraphTraining.Data.Documents;
using GraphTraining.Data.Reports;
using GraphTraining.Data.Store;
using MongoDB.Bson;
using MongoDB.Driver;

namespace GraphTraining.Data.Mongo.Reports;

/// <summary>Report rows answered by MongoDB in aggregation pipelines over <c>associates</c> (see <see cref="ReportPipelines"/>).</summary>
public sealed class MongoReportRows<TRow>(string name, IMongoCollection<BsonDocument> associates) : IReportRows<TRow>
    where TRow : Document
{
    // Sorting every row of a large workforce can pass the 100 MB in-memory stage limit; spill rather than fail.
    private static readonly AggregateOptions Options = new() { AllowDiskUse = true };

    public string Name => name;

    public async Task<StorePage<TRow>> QueryAsync(StoreQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var pipeline = ReportPipelines.Rows<TRow>(query with { Limit = query.Limit == 0 ? null : query.Limit });
        return await GuardAsync(async () =>
        {
            var items = query.Limit == 0
                ? []
                : await associates.Aggregate(PipelineDefinition<BsonDocument, TRow>.Create(pipeline), Options, cancellationToken)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
            long? total = null;
            if (query.IncludeTotalCount)
            {
                var counted = await associates.Aggregate(PipelineDefinition<BsonDocument, BsonDocument>.Create(ReportPipelines.Count<TRow>(query.Filter)), Options, cancellationToken)
                    .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                total = counted?["count"].ToInt64() ?? 0;
            }

            return new StorePage<TRow>(items, total);
        }).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SummaryGroup>> SummarizeAsync(FilterNode? filter, IReadOnlyList<string> groupBy, CancellationToken cancellationToken = default)
    {
        var pipeline = ReportPipelines.Summary<TRow>(filter, groupBy);
        return await GuardAsync(async () =>
        {
            var groups = await associates.Aggregate(PipelineDefinition<BsonDocument, BsonDocument>.Create(pipeline), Options, cancellationToken)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<SummaryGroup>)groups.ConvertAll(g => new SummaryGroup(
                [.. groupBy.Select(path => g["_id"].AsBsonDocument.GetValue(path, BsonNull.Value) is { IsString: true } value ? value.AsString : null)],
                g["count"].ToInt64()));
        }).ConfigureAwait(false);
    }

    private async Task<TResult> GuardAsync<TResult>(Func<Task<TResult>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or MongoConnectionException)
        {
            throw new StoreUnavailableException($"MongoDB is unreachable while reading {name}: {e.Message}", e);
        }
    }
}
