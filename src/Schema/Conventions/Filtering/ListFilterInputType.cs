using GraphQL.Types;
using GraphTraining.Data.Store;

namespace GraphTraining.Schema.Conventions.Filtering;

/// <summary>
/// Quantifiers over an embedded list (<c>ListFilterInputTypeOfAssociateCertificationFilterInput</c>):
/// <c>some</c> means one element meets every condition given (MongoDB <c>$elemMatch</c>).
/// </summary>
public class ListFilterInputType<TElementFilter> : InputObjectGraphType, IFilterInputType
    where TElementFilter : IFilterInputType
{
    public ListFilterInputType()
        : this(null)
    {
    }

    protected ListFilterInputType(string? name)
    {
        var element = typeof(TElementFilter).Name;
        element = element.EndsWith("Type", StringComparison.Ordinal) ? element[..^4] : element;
        Name = name ?? $"ListFilterInputTypeOf{element}";
        Description = $"Conditions on a list, each element filtered by {element}.";
        Field<TElementFilter>("all").Description("Every element matches (true for an empty list).");
        Field<TElementFilter>("none").Description("No element matches.");
        Field<TElementFilter>("some").Description("At least one element matches every condition given.");
        Field<BooleanGraphType>("any").Description("true: the list has an element; false: it is empty.");
    }

    public FilterNode Translate(IDictionary<string, object?> value, string path, string? idType)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = new List<FilterNode>();
        foreach (var (quantifier, operand) in value)
        {
            if (quantifier == "any")
            {
                parts.Add(new ListCondition(path, operand is true ? ListQuantifier.Some : ListQuantifier.None, null));
                continue;
            }

            var element = FilterPaths.Object(operand, quantifier);
            if (element.Count == 0)
            {
                throw FilterPaths.Empty(quantifier);
            }

            var condition = FilterPaths.Unwrap(GetField(quantifier)!.ResolvedType).Translate(element, "", idType);
            var kind = quantifier switch
            {
                "all" => ListQuantifier.All,
                "none" => ListQuantifier.None,
                _ => ListQuantifier.Some,
            };
            parts.Add(new ListCondition(path, kind, condition));
        }

        return parts.Count == 1 ? parts[0] : new AllOf(parts);
    }
}
