namespace GraphTraining.Data.Embedded;

/// <summary>One document as the journal keeps it: its collection, id, version and BSON bytes.</summary>
internal sealed record JournalRecord(string Collection, string Id, long Version, byte[] Bson);
