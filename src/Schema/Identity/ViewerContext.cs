using System.Security.Claims;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Identity;

/// <summary>
/// The request's viewer, registered scoped. The host signs the viewer in when it has already loaded them (the
/// HTTP transport does while validating the token); otherwise the first field that asks loads them from the
/// principal's <c>sub</c> claim. Either way the store is read once per request.
/// </summary>
public sealed class ViewerContext(ITrainingStore store)
{
    private readonly Lock _lock = new();
    private Task<Viewer>? _viewer;

    /// <summary>The principal GraphQL execution was given; only read when nobody signed a viewer in.</summary>
    public ClaimsPrincipal? Principal { get; set; }

    public void SignIn(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        lock (_lock)
        {
            _viewer = Task.FromResult(viewer);
        }
    }

    public Task<Viewer> GetAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _viewer ??= ViewerLoader.LoadAsync(store, ViewerLoader.Subject(Principal), cancellationToken);
        }
    }
}
