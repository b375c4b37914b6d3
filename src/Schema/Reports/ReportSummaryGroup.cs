namespace GraphTraining.Schema.Reports;

/// <summary>A summary group with its key values by row field path; fields not grouped by are absent.</summary>
public sealed record ReportSummaryGroup(IReadOnlyDictionary<string, string?> Keys, long Count)
{
    public string? Key(string path) => Keys.GetValueOrDefault(path);

    public TEnum? Status<TEnum>() where TEnum : struct, Enum => Key("status") is { } name ? Enum.Parse<TEnum>(name) : null;
}
