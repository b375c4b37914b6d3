namespace GraphTraining.Data.Store;

/// <summary>An insert named an id that is already stored.</summary>
public sealed class DuplicateDocumentException(string collection, string id)
    : Exception($"{collection}/{id} already exists.")
{
    public string Collection { get; } = collection;

    public string DocumentId { get; } = id;
}
