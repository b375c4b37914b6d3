using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Plans;

public sealed class PlanNoteType : ObjectGraphType<PlanNote>
{
    public PlanNoteType()
    {
        Name = "PlanNote";
        Description = "A note added to a plan.";
        Field(n => n.NoteId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The note's id within the plan.");
        Field(n => n.At).Description("When it was written.");
        this.Reference<PlanNote, AssociateType, AssociateDocument>("by", n => n.By, l => l.Associates).Description("Who wrote it.");
        Field(n => n.Text).Description("The note.");
    }
}
