namespace GraphTraining.Schema.Conventions.Ids;

/// <summary>Loads the objects of one node type for <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public interface INodeSource
{
    /// <summary>The GraphQL type name that global ids of this source carry.</summary>
    string TypeName { get; }

    /// <summary>The objects with these document ids, keyed by id; ids that do not exist (or are not visible) are absent.</summary>
    Task<IReadOnlyDictionary<string, object>> LoadAsync(IServiceProvider services, IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}
