using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.JobFunctions;
using GraphTraining.Schema.Locations;

namespace GraphTraining.Schema.Certifications;

public sealed class AssignmentEligibilityType : ObjectGraphType<AssignmentEligibility>
{
    public AssignmentEligibilityType()
    {
        Name = "AssignmentEligibility";
        Description = "Who may be assigned a catalog item; an empty list places no restriction.";
        Field(e => e.UserGroups).Description("User groups allowed.");
        this.References<AssignmentEligibility, LocationType, LocationDocument>("locations", e => e.LocationIds, l => l.Locations)
            .Description("Locations allowed.");
        this.References<AssignmentEligibility, JobFunctionType, JobFunctionDocument>("jobFunctions", e => e.JobFunctionIds, l => l.JobFunctions)
            .Description("Job functions this item is a requirement of.");
    }
}
