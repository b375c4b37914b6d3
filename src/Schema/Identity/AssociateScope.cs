using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Identity;

/// <summary>
/// Which associates a viewer may see, as a store filter ANDed into every associate read, so an outsider is
/// never listed, counted or found by id. The reach follows from the viewer's permissions, so custom roles get
/// one too: everyone sees themselves; <c>ViewPlans</c>/<c>CreatePlans</c> add the team they lead;
/// <c>CompleteSkillBuilding</c> adds the people they coach (at their location, holding a job function they are
/// a skill builder for); <c>ViewReports</c> adds their whole location; <c>ManageRoles</c> reaches everyone.
/// </summary>
public static class AssociateScope
{

    /// <summary>The viewer's reach over associates; null when it is everyone.</summary>
    public static FilterNode? For(Viewer viewer) =>
        Build(viewer, "_id", coached => new ListCondition("jobFunctions", ListQuantifier.Some, new FieldCondition("jobFunctionId", FilterOperator.In, coached)));

    /// <summary>
    /// The same reach over report rows, which carry their associate's id, leaders, location and job functions,
    /// so rows, counts and summaries never include an associate the viewer could not open.
    /// </summary>
    public static FilterNode? ForRows(Viewer viewer) =>
        Build(viewer, "associateId", coached => new ListCondition("jobFunctionIds", ListQuantifier.Some, new FieldCondition("", FilterOperator.In, coached)));

    private static FilterNode? Build(Viewer viewer, string idPath, Func<List<object?>, FilterNode> holdsOneOf)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Associate is not { } me)
        {
            return new FieldCondition(idPath, FilterOperator.In, Array.Empty<object?>());
        }

        if (viewer.Has(Permission.ManageRoles))
        {
            return null;
        }

        var reach = new List<FilterNode> { new FieldCondition(idPath, FilterOperator.Eq, me.Id) };
        if (viewer.Has(Permission.ViewPlans) || viewer.Has(Permission.CreatePlans))
        {
            reach.Add(new FieldCondition("leaderIds", FilterOperator.Eq, me.Id));
        }

        var coached = me.JobFunctions.Where(j => j.IsSkillBuilder).Select(j => (object?)j.JobFunctionId).ToList();
        if (viewer.Has(Permission.CompleteSkillBuilding) && coached.Count > 0)
        {
            reach.Add(new AllOf(
            [
                new FieldCondition("locationId", FilterOperator.Eq, me.LocationId),
                holdsOneOf(coached),
            ]));
        }

        if (viewer.Has(Permission.ViewReports))
        {
            reach.Add(new FieldCondition("locationId", FilterOperator.Eq, me.LocationId));
        }

        return reach.Count == 1 ? reach[0] : new AnyOf(reach);
    }

    /// <summary>Both filters; either may be null (no restriction).</summary>
    public static FilterNode? And(FilterNode? scope, FilterNode? filter) =>
        (scope, filter) switch
        {
            (null, _) => filter,
            (_, null) => scope,
            _ => new AllOf([scope, filter]),
        };
}
