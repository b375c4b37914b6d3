using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Certifications;

public sealed class CertificationTierType : ObjectGraphType<CertificationTier>
{
    public CertificationTierType()
    {
        Name = "CertificationTier";
        Description = "A level within a certification, completed in order.";
        Field(t => t.TierId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The tier's id within the certification.");
        Field(t => t.Name).Description("The tier's name.");
        Field(t => t.Order).Description("Its position, from 1.");
    }
}
