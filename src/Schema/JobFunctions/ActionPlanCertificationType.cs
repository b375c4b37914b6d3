using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Conventions.Loading;

namespace GraphTraining.Schema.JobFunctions;

public sealed class ActionPlanCertificationType : ObjectGraphType<ActionPlanItem>
{
    public ActionPlanCertificationType()
    {
        Name = "ActionPlanCertification";
        Description = "A certification an action plan assigns.";
        this.Reference<ActionPlanItem, CertificationDefinitionType, CertificationDefinitionDocument>("certification", i => i.DefinitionId, l => l.Certifications)
            .Description("The certification assigned.");
        Field(i => i.DueInDays).Description("Days the associate has from assignment.");
    }
}
