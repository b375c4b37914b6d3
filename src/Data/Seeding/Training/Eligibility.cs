using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding.Workforce;

namespace GraphTraining.Data.Seeding.Training;

/// <summary>Whether a catalog item may be assigned to someone: every non-empty list must match.</summary>
internal static class Eligibility
{
    public static bool Allows(AssignmentEligibility eligibility, Person person) =>
        (eligibility.UserGroups.Count == 0 || eligibility.UserGroups.Any(person.UserGroups.Contains))
        && (eligibility.LocationIds.Count == 0 || eligibility.LocationIds.Contains(person.LocationId))
        && (eligibility.JobFunctionIds.Count == 0 || person.JobFunctions.Any(j => eligibility.JobFunctionIds.Contains(j.JobFunctionId)));
}
