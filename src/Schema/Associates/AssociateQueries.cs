using GraphQL;
using GraphQL.Types;
using GraphTraining.Data.Documents;
using GraphTraining.Schema.Conventions.Filtering;
using GraphTraining.Schema.Conventions.Ids;
using GraphTraining.Schema.Conventions.Loading;
using GraphTraining.Schema.Conventions.Paging;
using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Schema.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Associates;

public sealed class AssociateQueries : IRootFields<QueryType>
{
    public void AddTo(QueryType root)
    {
        root.Field<AssociateType>("associate")
            .Description("One associate's profile by global id; null when it does not exist or is outside what the viewer may see.")
            .RequireAuthenticated()
            .Argument<NonNullGraphType<IdGraphType>>("id", "The associate's global id.")
            .Resolve(context => context.Loaders().Associates.Load(GlobalId.Expect("Associate", context.GetArgument<string>("id"))));

        root.ConnectionField<AssociateType, AssociateDocument>("associates", services => services.GetRequiredService<VisibleAssociates>().QueryAsync, context => FilterSortArguments.ToStoreQuery(context))
            .Description("The associates the viewer may see, filtered, sorted and paged by the store.")
            .RequireAuthenticated()
            .Filterable<object?, object, AssociateFilterInputType, AssociateSortInputType>();
    }
}
