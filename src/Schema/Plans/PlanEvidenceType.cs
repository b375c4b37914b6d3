using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Associates;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.Plans;

public sealed class PlanEvidenceType : ObjectGraphType<PlanEvidence>
{
    public PlanEvidenceType()
    {
        Name = "PlanEvidence";
        Description = "A file uploaded to support a plan.";
        Field(e => e.EvidenceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The file's id within the plan.");
        Field(e => e.FileName).Description("The file's name as uploaded.");
        Field(e => e.ContentType).Description("Its media type.");
        Field(e => e.Length).Description("Its size in bytes.");
        Field(e => e.UploadedAt).Description("When it was uploaded.");
        this.Reference<PlanEvidence, AssociateType, AssociateDocument>("uploadedBy", e => e.UploadedBy, l => l.Associates).Description("Who uploaded it.");
    }
}
