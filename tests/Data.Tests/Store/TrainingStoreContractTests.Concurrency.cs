using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Store;

public abstract partial class TrainingStoreContractTests
{
    private const int ConcurrentWriters = 20;

    [ContractFact]
    public async Task UpdateAsync_from_concurrent_writers_retries_on_conflict_and_keeps_every_change()
    {
        var store = await CreateStoreAsync();
        await store.Associates.InsertAsync(Associate("a1"));
        var ruleRuns = new int[ConcurrentWriters];
        using var allHaveRead = new CountdownEvent(ConcurrentWriters);

        // Each writer's first rule run waits until every writer has read version 1, so all but one must
        // conflict and retry. Dedicated threads keep those waits off the thread pool where reads complete
        // synchronously (embedded); elsewhere the pool grows until all have read, or the wait times out.
        var writers = Enumerable.Range(0, ConcurrentWriters).Select(i => Task.Factory.StartNew(
            () => store.Associates.UpdateAsync("a1", current =>
            {
                if (Interlocked.Increment(ref ruleRuns[i]) == 1)
                {
                    allHaveRead.Signal();
                    allHaveRead.Wait(TimeSpan.FromSeconds(30));
                }

                return new RuleResult<AssociateDocument, int>(current with { LeaderIds = [.. current.LeaderIds, $"leader-{i}"] }, i);
            }),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()).ToList();
        var results = await Task.WhenAll(writers);

        var final = await store.Associates.GetByIdAsync("a1");
        Assert.Equal(ConcurrentWriters + 1, final!.Version);
        Assert.Equal(Enumerable.Range(0, ConcurrentWriters).Select(i => $"leader-{i}").Order(), final.LeaderIds.Order());
        Assert.Equal(Enumerable.Range(0, ConcurrentWriters), results.Select(r => r!.Outcome).Order());
        Assert.True(ruleRuns.Sum() > ConcurrentWriters, "No writer ever had to retry.");
    }
}
