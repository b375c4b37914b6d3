using GraphQL.Types;

namespace GraphTraining.Schema.Conventions.Roots;

/// <summary>
/// A feature's contribution to a root type (Query, Mutation or Subscription). Features register one per root
/// they extend, so the schema class never changes when a feature adds a field.
/// </summary>
public interface IRootFields<TRoot> where TRoot : ObjectGraphType
{
    void AddTo(TRoot root);
}
