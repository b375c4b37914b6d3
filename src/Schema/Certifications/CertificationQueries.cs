using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Certifications;

public sealed class CertificationQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root) =>
        root.ConnectionField<CertificationDefinitionType, CertificationDefinitionDocument>("certificationDefinitions", s => s.Certifications, _ => CatalogQuery.ByName)
            .Description("The certification catalog, by name.")
            .RequireAuthenticated();
}
