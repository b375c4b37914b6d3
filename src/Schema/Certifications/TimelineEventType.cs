using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Certifications;

public sealed class TimelineEventType : ObjectGraphType<TimelineEvent>
{
    public TimelineEventType()
    {
        Name = "TimelineEvent";
        Description = "A dated step in a certification's history.";
        Field(e => e.Kind, type: typeof(NonNullGraphType<TimelineEventKindType>)).Description("What happened.");
        Field(e => e.At).Description("When it happened.");
        this.Reference<TimelineEvent, AssociateType, AssociateDocument>("by", e => e.By, l => l.Associates).Description("Who did it, when a person did.");
        Field(e => e.Note, nullable: true).Description("A note recorded with the step.");
    }
}
