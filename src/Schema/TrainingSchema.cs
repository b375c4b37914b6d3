using GraphTraining.Schema.Conventions.Roots;

namespace GraphTraining.Schema;

public sealed class TrainingSchema : GraphQL.Types.Schema
{
    public TrainingSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        // GraphQL rejects an object type without fields, so the root appears once a feature adds a mutation.
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
    }
}
