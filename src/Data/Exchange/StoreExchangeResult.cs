namespace GraphTraining.Data.Exchange;

/// <summary>How many documents an export wrote or an import stored, per collection name.</summary>
public sealed record StoreExchangeResult(IReadOnlyDictionary<string, int> Counts)
{
    public int Total => Counts.Values.Sum();
}
