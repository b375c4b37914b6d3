using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Ids;

/// <summary>A node source reading one store collection by id.</summary>
public sealed class DocumentNodeSource<T>(string typeName, Func<ITrainingStore, IDocumentCollection<T>> collection) : INodeSource
    where T : Document
{
    public string TypeName { get; } = typeName;

    public async Task<IReadOnlyDictionary<string, object>> LoadAsync(IServiceProvider services, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var store = (ITrainingStore)services.GetService(typeof(ITrainingStore))!;
        var found = await collection(store).GetByIdsAsync(ids, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(d => d.Id, d => (object)d, StringComparer.Ordinal);
    }
}
