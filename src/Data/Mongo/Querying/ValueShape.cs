namespace GraphTraining.Data.Mongo.Querying;

/// <summary>How a mapped member is stored, which decides how a query path continues through it.</summary>
internal enum ValueShape
{
    Scalar,
    Document,
    ScalarList,
    DocumentList,
}
