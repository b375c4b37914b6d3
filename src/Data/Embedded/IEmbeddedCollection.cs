namespace GraphTraining.Data.Embedded;

/// <summary>What the store needs from each of its collections without knowing the document type.</summary>
internal interface IEmbeddedCollection
{
    string Name { get; }

    /// <summary>Puts a committed document into memory while the store opens, before anyone can read.</summary>
    void Load(JournalRecord record);
}
