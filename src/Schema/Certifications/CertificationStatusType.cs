using GraphQL.Types;
using GraphTraining.Data.Documents;

namespace GraphTraining.Schema.Certifications;

public sealed class CertificationStatusType : EnumerationGraphType<CertificationStatus>
{
    public CertificationStatusType()
    {
        Name = "CertificationStatus";
        Description = "Where an associate stands on one certification.";
    }
}
