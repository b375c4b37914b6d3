using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Certifications;

public sealed class TimelineEventKindType : EnumerationGraphType<TimelineEventKind>
{
    public TimelineEventKindType()
    {
        Name = "TimelineEventKind";
        Description = "A step in a certification's history.";
    }
}
