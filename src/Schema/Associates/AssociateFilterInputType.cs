using GraphTraining.Schema.Certifications;
using GraphTraining.Schema.Checklists;
using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Plans;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateFilterInputType : ObjectFilterInputType
{
    public AssociateFilterInputType()
        : base("AssociateFilterInput", "Conditions on associates.")
    {
        Filter<IdOperationFilterInputType>("id", "_id", "The associate.", idType: "Associate");
        Filter<StringOperationFilterInputType>("employeeNumber", "employeeNumber", "The employee number.");
        Filter<StringOperationFilterInputType>("firstName", "firstName", "Given name.");
        Filter<StringOperationFilterInputType>("lastName", "lastName", "Family name.");
        Filter<StringOperationFilterInputType>("displayName", "displayName", "The displayed name.");
        Filter<StringOperationFilterInputType>("email", "email", "Work email address.");
        Filter<ComparableDateTimeOperationFilterInputType>("hiredAt", "hiredAt", "When the person joined.");
        Filter<IdOperationFilterInputType>("locationId", "locationId", "Where the person works, as a Location id.", idType: "Location");
        Filter<ListIdOperationFilterInputType>("leaderIds", "leaderIds", "The person's leaders, as Associate ids.", idType: "Associate");
        Filter<ListStringOperationFilterInputType>("userGroups", "userGroups", "The person's user groups.");
        Filter<ListFilterInputType<AssociateJobFunctionFilterInputType>>("jobFunctions", "jobFunctions", "Job functions held.");
        Filter<ListFilterInputType<AssociateCertificationFilterInputType>>("certifications", "certifications", "Certifications assigned.");
        Filter<ListFilterInputType<AssociateChecklistFilterInputType>>("checklists", "checklists", "Skill build checklists assigned.");
        Filter<ListFilterInputType<AssociateObservationFilterInputType>>("observations", "observations", "Observations assigned.");
        Filter<ListFilterInputType<AssociatePlanFilterInputType>>("plans", "plans", "1-to-1 plans.");
    }
}
