using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Store;

public static class DocumentCollectionExtensions
{
    private const int MaxAttempts = 10;
    private const int MaxBackoffMilliseconds = 1000;

    public static async Task<T?> GetByIdAsync<T>(this IDocumentCollection<T> collection, string id, CancellationToken cancellationToken = default)
        where T : Document
    {
        var found = await collection.GetByIdsAsync([id], cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>
    /// The one way a use case changes a document: load it, let a pure rule decide (returning the changed
    /// document, or null to write nothing, and an outcome), write back with the version check, and start
    /// again from a fresh load when another writer got there first. Returns null when the id does not exist.
    /// </summary>
    public static async Task<RuleResult<T, TOutcome>?> UpdateAsync<T, TOutcome>(
        this IDocumentCollection<T> collection,
        string id,
        Func<T, RuleResult<T, TOutcome>> rule,
        CancellationToken cancellationToken = default)
        where T : Document
    {
        ArgumentNullException.ThrowIfNull(rule);
        for (var attempt = 1; ; attempt++)
        {
            var current = await collection.GetByIdAsync(id, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return null;
            }

            var result = rule(current);
            if (result.Document is null || ReferenceEquals(result.Document, current))
            {
                return result with { Document = current };
            }

            try
            {
                var stored = await collection.ReplaceAsync(result.Document with { Version = current.Version }, cancellationToken).ConfigureAwait(false);
                return result with { Document = (T)stored };
            }
            catch (VersionConflictException) when (attempt < MaxAttempts)
            {
                // Another writer changed the document between our read and write: the rule runs again on theirs.
            }

            // Writers that all lost the same race would otherwise retry in lockstep and collide again. Every read
            // taken while a commit is under way is stale once it lands, so a random wait, doubling per attempt
            // (8 ms up to 1 s), spreads contenders over as many commits as there are of them.
            var backoff = Random.Shared.Next(0, Math.Min(MaxBackoffMilliseconds, 4 << attempt));
            await Task.Delay(backoff, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Deletes a document when a pure rule allows it, with the same version check and retry as
    /// <see cref="UpdateAsync"/>. Returns null when the id does not exist; otherwise the rule's outcome and
    /// the document as it was when the rule ran.
    /// </summary>
    public static async Task<RuleResult<T, TOutcome>?> DeleteAsync<T, TOutcome>(
        this IDocumentCollection<T> collection,
        string id,
        Func<T, TOutcome> rule,
        Func<TOutcome, bool> allowsDelete,
        CancellationToken cancellationToken = default)
        where T : Document
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(allowsDelete);
        for (var attempt = 1; ; attempt++)
        {
            var current = await collection.GetByIdAsync(id, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return null;
            }

            var outcome = rule(current);
            try
            {
                if (allowsDelete(outcome) && !await collection.DeleteAsync(id, current.Version, cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                return new(current, outcome);
            }
            catch (VersionConflictException) when (attempt < MaxAttempts)
            {
                // Changed since we read it (perhaps re-activated): decide again on the fresh document.
            }
        }
    }
}
