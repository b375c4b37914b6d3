namespace GraphTraining.Data.Exchange;

/// <summary>An import directory that cannot be imported as it is; nothing was written.</summary>
public sealed class StoreImportException : Exception
{
    public StoreImportException(string message)
        : base(message)
    {
    }

    public StoreImportException(string filePath, int lineNumber, string reason)
        : base($"{filePath}, line {lineNumber}: {reason}")
    {
        FilePath = filePath;
        LineNumber = lineNumber;
    }

    /// <summary>The file with the bad line, when the problem is one line.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line number in <see cref="FilePath"/>.</summary>
    public int? LineNumber { get; }
}
