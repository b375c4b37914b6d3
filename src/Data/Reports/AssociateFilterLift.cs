using GraphTraining.Data.Store;

namespace GraphTraining.Data.Reports;

/// <summary>
/// The part of a report-row filter that speaks only of the row's associate (its id, number, name, location,
/// leaders, job functions), rewritten onto the associate document, so a store can skip associates before
/// expanding their rows (on MongoDB a <c>$match</c> before <c>$unwind</c>, where indexes apply); a viewer's scope
/// is such a part. The full filter still runs on the rows afterwards; the lifted part is only ever a weaker or
/// equal condition, so no row is lost.
/// </summary>
public static class AssociateFilterLift
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["associateId"] = "_id",
        ["employeeNumber"] = "employeeNumber",
        ["displayName"] = "displayName",
        ["locationId"] = "locationId",
    };

    /// <summary>The associate-level condition implied by <paramref name="rowFilter"/>, or null when none is.</summary>
    public static FilterNode? Lift(FilterNode? rowFilter) => rowFilter switch
    {
        null => null,
        // Any subset of an AND's conjuncts is implied by the whole.
        AllOf all => all.Filters.Select(Lift).OfType<FilterNode>().ToList() switch
        {
            [] => null,
            [var one] => one,
            var lifted => new AllOf(lifted),
        },
        // An OR is implied only when every branch can be stated on the associate.
        AnyOf any => any.Filters.Select(Lift).ToList() is var branches && branches.All(b => b is not null) && branches.Count > 0
            ? new AnyOf(branches!)
            : null,
        FieldCondition field when Fields.TryGetValue(field.Field, out var path) => field with { Field = path },
        ListCondition { Field: "leaderIds" } leaders => leaders,
        ListCondition { Field: "jobFunctionIds" } jobs => jobs with { Field = "jobFunctions", Element = OnJobFunction(jobs.Element) },
        _ => null,
    };

    // jobFunctionIds is the list of jobFunctions[].jobFunctionId: a condition on an id becomes one on that member.
    private static FilterNode? OnJobFunction(FilterNode? element) => element switch
    {
        null => null,
        FieldCondition { Field: "" } id => id with { Field = "jobFunctionId" },
        AllOf all => new AllOf(all.Filters.Select(f => OnJobFunction(f)!).ToList()),
        AnyOf any => new AnyOf(any.Filters.Select(f => OnJobFunction(f)!).ToList()),
        _ => throw new ArgumentException("A jobFunctionIds element condition names a path other than the id itself."),
    };
}
