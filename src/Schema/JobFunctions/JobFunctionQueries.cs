using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.JobFunctions;

public sealed class JobFunctionQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root) =>
        root.ConnectionField<JobFunctionType, JobFunctionDocument>("jobFunctions", s => s.JobFunctions, _ => CatalogQuery.ByName)
            .Description("Job functions with their action plans, by name.")
            .RequireAuthenticated();
}
