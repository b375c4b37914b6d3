namespace GraphTraining.Data.Reports;

/// <summary>One group of a summary: the key values in the order of the group-by paths (enums by name), and how many rows share them.</summary>
public sealed record SummaryGroup(IReadOnlyList<string?> Keys, long Count);
