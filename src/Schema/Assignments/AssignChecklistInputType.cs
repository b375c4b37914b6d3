using GraphQL.Types;

namespace GraphTraining.Schema.Assignments;

public sealed class AssignChecklistInputType : InputObjectGraphType<AssignChecklistInput>
{
    public AssignChecklistInputType()
    {
        Name = "AssignChecklistInput";
        Field(i => i.AssociateId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The associate's global id.");
        Field(i => i.ChecklistId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The checklist definition's global id.");
        Field(i => i.DueAt, nullable: true).Description("When it should be completed by.");
        Field(i => i.AddToJobFunctionId, type: typeof(IdGraphType))
            .Description("A job function the checklist is a requirement on, to add to the associate in the same change when they do not hold it yet.");
    }
}
