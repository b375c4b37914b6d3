using System.Collections.Concurrent;

namespace GraphTraining.Server.Tests.Transport;

/// <summary>Lets a test see a resolver start and then see its cancellation token fire, per key.</summary>
public sealed class CancellationProbe
{
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Started, TaskCompletionSource Cancelled)> _probes = new();

    public Task Started(string key) => Get(key).Started.Task;

    public Task Cancelled(string key) => Get(key).Cancelled.Task;

    public void MarkStarted(string key) => Get(key).Started.TrySetResult();

    public void MarkCancelled(string key) => Get(key).Cancelled.TrySetResult();

    private (TaskCompletionSource Started, TaskCompletionSource Cancelled) Get(string key) =>
        _probes.GetOrAdd(key, _ => (
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously),
            new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)));
}
