using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Identity;

/// <summary>What a field or type asks of the viewer: to be signed in and, when any are listed, to hold one of these permissions.</summary>
public sealed record AccessRequirement(IReadOnlyList<Permission> AnyOf)
{
    public static AccessRequirement Authenticated { get; } = new([]);

    public bool IsMetBy(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.IsAuthenticated && (AnyOf.Count == 0 || AnyOf.Any(viewer.Has));
    }
}
