using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Errors;
using Microsoft.Extensions.Options;

namespace GraphTraining.Schema.Conventions.Paging;

/// <summary>
/// Relay cursor paging over any store query. Cursors are opaque offsets (as HotChocolate's are), so they
/// survive a restart and work the same on every store; the sort always ends on <c>_id</c>, so a page never
/// repeats or skips a row while the data stands still.
/// </summary>
public sealed class Pager(IOptions<PagingOptions> options)
{
    private readonly PagingOptions _options = options.Value;

    public static void AddArguments<TSource, TReturn>(FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.Argument<IntGraphType>("first", "Returns the first n objects after `after` (or from the start).")
            .Argument<StringGraphType>("after", "Returns objects after this cursor.")
            .Argument<IntGraphType>("last", "Returns the last n objects before `before` (or up to the end).")
            .Argument<StringGraphType>("before", "Returns objects before this cursor.");
    }

    public async Task<Connection<T>> PageAsync<T>(
        IResolveFieldContext context,
        StoreQuery query,
        Func<StoreQuery, CancellationToken, Task<StorePage<T>>> run)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(run);
        var first = CheckSize(context.GetArgument<int?>("first"), "first");
        var last = CheckSize(context.GetArgument<int?>("last"), "last");
        if (first is not null && last is not null)
        {
            throw new ExecutionError("Use either `first` or `last`, not both.") { Code = ErrorCodes.InvalidPageSize };
        }

        var start = DecodeCursor(context.GetArgument<string?>("after")) is { } after ? after + 1 : 0;
        long? end = DecodeCursor(context.GetArgument<string?>("before"));
        var countSelected = context.SubFields?.Values.Any(f => f.Field.Name.Value == "totalCount") == true;
        long? total = null;

        if (last is { } lastCount)
        {
            if (end is null)
            {
                total = await CountAsync(query, run, context.CancellationToken).ConfigureAwait(false);
                end = total;
            }

            var from = Math.Max(start, end.Value - lastCount);
            var take = (int)Math.Max(0, end.Value - from);
            var page = await run(query with { Skip = (int)from, Limit = take, IncludeTotalCount = countSelected && total is null }, context.CancellationToken).ConfigureAwait(false);
            total ??= page.TotalCount;
            return Build(page.Items, from, hasPrevious: from > 0, hasNext: total is { } t ? end < t : end is not null, total);
        }

        var size = first ?? _options.DefaultPageSize;
        if (end is { } before)
        {
            size = (int)Math.Clamp(before - start, 0, size);
        }

        var probe = await run(query with { Skip = (int)start, Limit = size + 1, IncludeTotalCount = countSelected }, context.CancellationToken).ConfigureAwait(false);
        var items = probe.Items.Take(size).ToList();
        return Build(items, start, hasPrevious: start > 0, hasNext: probe.Items.Count > size, probe.TotalCount);
    }

    private static async Task<long> CountAsync<T>(StoreQuery query, Func<StoreQuery, CancellationToken, Task<StorePage<T>>> run, CancellationToken cancellationToken)
    {
        var counted = await run(query with { Limit = 0, IncludeTotalCount = true }, cancellationToken).ConfigureAwait(false);
        return counted.TotalCount ?? 0;
    }

    private static Connection<T> Build<T>(IReadOnlyList<T> items, long offset, bool hasPrevious, bool hasNext, long? total)
    {
        var edges = items.Select((item, i) => new Edge<T> { Node = item, Cursor = EncodeCursor(offset + i) }).ToList();
        var pageInfo = new PageInfo
        {
            HasPreviousPage = hasPrevious,
            HasNextPage = hasNext,
            StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
            EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
        };
        return new Connection<T>(edges, pageInfo, total);
    }

    private int? CheckSize(int? size, string argument)
    {
        if (size < 0)
        {
            throw new ExecutionError($"`{argument}` cannot be negative.") { Code = ErrorCodes.InvalidPageSize };
        }

        if (size > _options.MaxPageSize)
        {
            throw new ExecutionError($"`{argument}` cannot exceed {_options.MaxPageSize}.") { Code = ErrorCodes.PageSizeExceeded };
        }

        return size;
    }

    public static string EncodeCursor(long offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)));

    private static long? DecodeCursor(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var written)
            && long.TryParse(Encoding.UTF8.GetString(bytes, 0, written), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            && offset < int.MaxValue)
        {
            return offset;
        }

        throw new ExecutionError($"'{cursor}' is not a valid cursor.") { Code = ErrorCodes.InvalidCursor };
    }
}
