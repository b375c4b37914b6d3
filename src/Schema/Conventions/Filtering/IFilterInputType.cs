using GraphQL.Types;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Filtering;

/// <summary>A filter input that turns its own parsed value into the store's filter model.</summary>
public interface IFilterInputType : IInputObjectGraphType
{
    /// <param name="value">The parsed input object.</param>
    /// <param name="path">The element path this input applies to ("" for the document or list element itself).</param>
    /// <param name="idType">For id inputs, the node type the global ids must name.</param>
    FilterNode Translate(IDictionary<string, object?> value, string path, string? idType);
}
