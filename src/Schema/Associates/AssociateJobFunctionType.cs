using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.JobFunctions;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateJobFunctionType : ObjectGraphType<AssociateJobFunction>
{
    public AssociateJobFunctionType()
    {
        Name = "AssociateJobFunction";
        Description = "A job function held by an associate.";
        this.Reference<AssociateJobFunction, JobFunctionType, JobFunctionDocument>("jobFunction", j => j.JobFunctionId, l => l.JobFunctions)
            .Description("The job function.");
        Field(j => j.AssignedAt).Description("When the job function was assigned.");
        this.Reference<AssociateJobFunction, AssociateType, AssociateDocument>("assignedBy", j => j.AssignedBy, l => l.Associates)
            .Description("Who assigned it.");
        Field(j => j.IsSkillBuilder).Description("Whether the associate is a skill builder (trainer or coach) for this job function.");
    }
}
