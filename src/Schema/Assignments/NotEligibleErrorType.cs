using GraphQL.Types;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Assignments;

public sealed class NotEligibleErrorType : UserErrorType<NotEligibleError>
{
    public NotEligibleErrorType()
        : base("The associate does not meet the item's eligibility; the message names what it requires.")
    {
        Field(e => e.Mismatches, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EligibilityMismatchType>>>))
            .Description("Every part of the eligibility the associate does not meet.");
    }
}
