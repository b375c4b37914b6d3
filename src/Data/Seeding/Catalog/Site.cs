using GraphTraining.Data.Documents;

namespace GraphTraining.Data.Seeding.Catalog;

/// <summary>
/// A location as the workforce planner sees it: its share of the frontline, the job functions worked there
/// (with their share of that site's people) and the user group its people belong to.
/// </summary>
internal sealed record Site(
    LocationDocument Location,
    int RegionIndex,
    int FrontlineWeight,
    string SiteGroup,
    IReadOnlyList<(string JobFunctionId, int Weight)> Jobs);
