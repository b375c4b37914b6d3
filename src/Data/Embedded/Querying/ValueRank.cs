namespace GraphTraining.Data.Embedded.Querying;

/// <summary>
/// MongoDB's canonical type order ("Comparison/Sort Order"): values of different ranks never compare equal
/// or ordered in a filter, and sort by rank first. Undefined only arises as the sort key of an empty list.
/// </summary>
internal enum ValueRank : byte
{
    Undefined = 0,
    Null = 5,
    Number = 10,
    String = 15,
    Document = 20,
    Array = 25,
    Boolean = 40,
    Date = 45,
}
