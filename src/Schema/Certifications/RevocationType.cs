using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Certifications;

public sealed class RevocationType : ObjectGraphType<Revocation>
{
    public RevocationType()
    {
        Name = "Revocation";
        Description = "Why and how a certification was taken away.";
        Field(r => r.Determination, type: typeof(NonNullGraphType<RevocationDeterminationType>)).Description("Re-earn, reinstate later, or never again.");
        Field(r => r.Reason).Description("The reason given.");
        Field(r => r.Notes, nullable: true).Description("Additional notes.");
        this.Reference<Revocation, AssociateType, AssociateDocument>("by", r => r.By, l => l.Associates).Description("Who revoked it.");
        Field(r => r.At).Description("When it was revoked.");
    }
}
