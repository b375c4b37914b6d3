using GraphTraining.Schema.Conventions.Ids;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Identity;

/// <summary><c>node(id:)</c> for associates, through the viewer's scope: an outsider's id reads as null.</summary>
public sealed class VisibleAssociateNodeSource : INodeSource
{
    public string TypeName => "Associate";

    public async Task<IReadOnlyDictionary<string, object>> LoadAsync(IServiceProvider services, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = await services.GetRequiredService<VisibleAssociates>().GetByIdsAsync(ids, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(a => a.Id, a => (object)a, StringComparer.Ordinal);
    }
}
