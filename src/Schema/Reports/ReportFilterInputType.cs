using GraphTraining.Schema.Conventions.Filtering;

namespace GraphTraining.Schema.Reports;

/// <summary>A report row filter: the associate fields every row carries, then the row's own.</summary>
public abstract class ReportFilterInputType : ObjectFilterInputType
{
    protected ReportFilterInputType(string name, string description)
        : base(name, description)
    {
        Filter<IdOperationFilterInputType>("associateId", "associateId", "The associate, as an Associate id.", idType: "Associate");
        Filter<StringOperationFilterInputType>("employeeNumber", "employeeNumber", "The associate's employee number.");
        Filter<StringOperationFilterInputType>("displayName", "displayName", "The associate's displayed name.");
        Filter<IdOperationFilterInputType>("locationId", "locationId", "Where the associate works, as a Location id.", idType: "Location");
        Filter<ListIdOperationFilterInputType>("leaderIds", "leaderIds", "The associate's leaders, as Associate ids.", idType: "Associate");
        Filter<ListIdOperationFilterInputType>("jobFunctionIds", "jobFunctionIds", "The associate's job functions, as JobFunction ids.", idType: "JobFunction");
    }
}
