namespace GraphTraining.Data.Store.Explain;

/// <summary>
/// The store reads of the current request, in order, when the request asked to have them explained. It flows
/// with the request's async context, so the store needs no per-request wiring and costs a null check otherwise.
/// </summary>
public sealed class StoreOperationLog : IDisposable
{
    private static readonly AsyncLocal<StoreOperationLog?> CurrentLog = new();
    private readonly List<StoreOperation> _operations = [];
    private readonly Lock _lock = new();

    private StoreOperationLog()
    {
    }

    public static StoreOperationLog? Current => CurrentLog.Value;

    public IReadOnlyList<StoreOperation> Operations
    {
        get
        {
            lock (_lock)
            {
                return [.. _operations];
            }
        }
    }

    /// <summary>Starts recording for the current async flow until disposed.</summary>
    public static StoreOperationLog Begin()
    {
        var log = new StoreOperationLog();
        CurrentLog.Value = log;
        return log;
    }

    public void Record(StoreOperation operation)
    {
        lock (_lock)
        {
            _operations.Add(operation);
        }
    }

    public void Dispose()
    {
        if (CurrentLog.Value == this)
        {
            CurrentLog.Value = null;
        }
    }
}
