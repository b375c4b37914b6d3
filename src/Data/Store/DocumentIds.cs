using MongoDB.Bson;

namespace GraphTraining.Data.Store;

public static class DocumentIds
{
    /// <summary>A new id such as <c>pt-6761c0…</c>: readable by its prefix, and ordered by creation as ObjectIds are.</summary>
    public static string New(string prefix) => $"{prefix}-{ObjectId.GenerateNewId()}";
}
