using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Mongo.Querying;

/// <summary>
/// One segment of a query path, resolved through the driver's class map: the member that stores the element,
/// its shape, and for scalars (or a list's scalar items) the CLR type and serializer that write the stored value.
/// </summary>
internal sealed record MappedStep(
    string ElementName,
    BsonMemberMap MemberMap,
    ValueShape Shape,
    Type ItemType,
    IBsonSerializer ItemSerializer)
{
    public Type MemberType => MemberMap.MemberType;

    public bool IsList => Shape is ValueShape.ScalarList or ValueShape.DocumentList;

    public bool IsDocumentLike => Shape is ValueShape.Document or ValueShape.DocumentList;
}
