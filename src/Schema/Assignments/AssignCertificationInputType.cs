using GraphQL.Types;

namespace GraphTraining.Schema.Assignments;

public sealed class AssignCertificationInputType : InputObjectGraphType<AssignCertificationInput>
{
    public AssignCertificationInputType()
    {
        Name = "AssignCertificationInput";
        Field(i => i.AssociateId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The associate's global id.");
        Field(i => i.CertificationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The certification definition's global id.");
        Field(i => i.DueAt, nullable: true).Description("When it should be earned by.");
        Field(i => i.AddToJobFunctionId, type: typeof(IdGraphType))
            .Description("A job function the certification is a requirement on, to add to the associate in the same change when they do not hold it yet.");
    }
}
