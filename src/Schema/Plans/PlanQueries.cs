using GraphQL;
using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;

namespace GraphTraining.Schema.Plans;

public sealed class PlanQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root)
    {
        root.ConnectionField<PlanTypeType, PlanTypeDocument>("planTypes", s => s.PlanTypes, ActiveByName)
            .Description("Plan types, by name.")
            .RequireAuthenticated()
            .Argument<BooleanGraphType>("activeOnly", "Only the types that can be chosen for a new plan.");
        root.ConnectionField<PlanOutcomeType, PlanOutcomeDocument>("planOutcomes", s => s.PlanOutcomes, ActiveByName)
            .Description("Plan outcomes, by name.")
            .RequireAuthenticated()
            .Argument<BooleanGraphType>("activeOnly", "Only the outcomes that can be set on a plan.");
    }

    private static StoreQuery ActiveByName(IResolveFieldContext context) =>
        context.GetArgument<bool?>("activeOnly") == true
            ? CatalogQuery.ByName with { Filter = new FieldCondition("isActive", FilterOperator.Eq, true) }
            : CatalogQuery.ByName;
}
