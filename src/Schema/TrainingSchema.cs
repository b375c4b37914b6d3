using GraphTraining.Schema.Conventions.Roots;

namespace GraphTraining.Schema;

public sealed class TrainingSchema : GraphQL.Types.Schema
{
    public TrainingSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Query = query;
        Mutation = mutation;
    }
}
