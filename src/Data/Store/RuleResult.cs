using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Store;

/// <summary>What a domain rule decided: the document to store (null for no change) and the outcome to report.</summary>
public sealed record RuleResult<T, TOutcome>(T? Document, TOutcome Outcome) where T : Document;
