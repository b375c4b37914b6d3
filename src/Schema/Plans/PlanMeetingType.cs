using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Plans;

public sealed class PlanMeetingType : ObjectGraphType<PlanMeeting>
{
    public PlanMeetingType()
    {
        Name = "PlanMeeting";
        Description = "A 1-to-1 meeting held under a plan.";
        Field(m => m.MeetingId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The meeting's id within the plan.");
        Field(m => m.HeldAt).Description("When it was held.");
        this.Reference<PlanMeeting, AssociateType, AssociateDocument>("heldBy", m => m.HeldBy, l => l.Associates).Description("Who held it.");
        Field(m => m.Summary, nullable: true).Description("What was discussed.");
    }
}
