using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Checklists;

public sealed class ChecklistQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root) =>
        root.ConnectionField<ChecklistDefinitionType, ChecklistDefinitionDocument>("checklistDefinitions", s => s.Checklists, _ => CatalogQuery.ByName)
            .Description("The skill build checklist catalog, by name.")
            .RequireAuthenticated();
}
