using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateJobFunctionFilterInputType : ObjectFilterInputType
{
    public AssociateJobFunctionFilterInputType()
        : base("AssociateJobFunctionFilterInput", "Conditions on a job function held.")
    {
        Filter<IdOperationFilterInputType>("jobFunctionId", "jobFunctionId", "The job function, as a JobFunction id.", idType: "JobFunction");
        Filter<ComparableDateTimeOperationFilterInputType>("assignedAt", "assignedAt", "When it was assigned.");
        Filter<BooleanOperationFilterInputType>("isSkillBuilder", "isSkillBuilder", "Whether the associate builds skills for it.");
    }
}
