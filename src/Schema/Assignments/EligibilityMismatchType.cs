using GraphQL.Types;
using GraphTraining.Data.Rules;

namespace GraphTraining.Schema.Assignments;

public sealed class EligibilityMismatchType : EnumerationGraphType<AssignmentMismatch>
{
    public EligibilityMismatchType()
    {
        Name = "EligibilityMismatch";
        Description = "A part of a catalog item's eligibility an associate does not meet.";
    }
}
