using System.Security.Claims;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Identity;

public static class ViewerLoader
{
    /// <summary>The token's <c>sub</c>, which names an associate id.</summary>
    public const string SubjectClaim = "sub";

    public static string? Subject(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true
            ? principal.FindFirst(SubjectClaim)?.Value ?? principal.FindFirst(ClaimTypes.NameIdentifier)?.Value
            : null;

    /// <summary>The associate and their roles as stored now; anonymous when the id names nobody.</summary>
    public static async Task<Viewer> LoadAsync(ITrainingStore store, string? associateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrEmpty(associateId)
            || await store.Associates.GetByIdAsync(associateId, cancellationToken).ConfigureAwait(false) is not { } associate)
        {
            return Viewer.Anonymous;
        }

        var roles = associate.RoleIds.Count == 0
            ? []
            : await store.Roles.GetByIdsAsync(associate.RoleIds.ToList(), cancellationToken).ConfigureAwait(false);
        return new Viewer(associate, roles);
    }
}
