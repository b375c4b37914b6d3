namespace GraphTraining.Data.Store;

/// <summary>The store cannot be reached right now; requests fail fast with STORE_UNAVAILABLE.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
