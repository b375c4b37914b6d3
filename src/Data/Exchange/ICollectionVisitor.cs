using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Data.Exchange;

/// <summary>Work done on one collection whatever its document type (see <see cref="StoreCollections"/>).</summary>
internal interface ICollectionVisitor<TResult>
{
    Task<TResult> VisitAsync<T>(IDocumentCollection<T> collection) where T : Document;
}
