using GraphQL;
using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root)
    {
        root.Field<AssociateType>("associate")
            .Description("One associate's profile by global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The associate's global id.")
            .Resolve(context => context.Loaders().Associates.Load(GlobalId.Expect("Associate", context.GetArgument<string>("id"))));

        root.ConnectionField<AssociateType, AssociateDocument>("associates", s => s.Associates, context => FilterSortArguments.ToStoreQuery(context))
            .Description("Associates filtered, sorted and paged by the store.")
            .Filterable<object?, object, AssociateFilterInputType, AssociateSortInputType>();
    }
}
