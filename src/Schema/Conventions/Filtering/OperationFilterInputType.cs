using GraphQL;
using GraphQL.Types;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Conventions.Errors;
using GraphTraining.Schema.Conventions.Ids;

namespace GraphTraining.Schema.Conventions.Filtering;

/// <summary>Operators on one scalar value (<c>StringOperationFilterInput</c>, <c>ComparableDateTimeOperationFilterInput</c>, ...).</summary>
public abstract class OperationFilterInputType : InputObjectGraphType, IFilterInputType
{
    private static readonly (string Name, FilterOperator Operator, string Description)[] Equality =
    [
        ("eq", FilterOperator.Eq, "Equals the value (null matches a missing or null value)."),
        ("neq", FilterOperator.Neq, "Does not equal the value."),
        ("in", FilterOperator.In, "Equals one of the values."),
        ("nin", FilterOperator.Nin, "Equals none of the values."),
    ];

    private static readonly (string Name, FilterOperator Operator, string Description)[] Comparison =
    [
        ("gt", FilterOperator.Gt, "Greater than the value."),
        ("ngt", FilterOperator.Ngt, "Not greater than the value (also matches a missing value)."),
        ("gte", FilterOperator.Gte, "Greater than or equal to the value."),
        ("ngte", FilterOperator.Ngte, "Not greater than or equal to the value (also matches a missing value)."),
        ("lt", FilterOperator.Lt, "Less than the value."),
        ("nlt", FilterOperator.Nlt, "Not less than the value (also matches a missing value)."),
        ("lte", FilterOperator.Lte, "Less than or equal to the value."),
        ("nlte", FilterOperator.Nlte, "Not less than or equal to the value (also matches a missing value)."),
    ];

    private static readonly (string Name, FilterOperator Operator, string Description)[] Text =
    [
        ("contains", FilterOperator.Contains, "Contains the text (case-sensitive, taken literally)."),
        ("ncontains", FilterOperator.NContains, "Does not contain the text."),
        ("startsWith", FilterOperator.StartsWith, "Starts with the text (case-sensitive, taken literally)."),
        ("nstartsWith", FilterOperator.NStartsWith, "Does not start with the text."),
        ("endsWith", FilterOperator.EndsWith, "Ends with the text (case-sensitive, taken literally)."),
        ("nendsWith", FilterOperator.NEndsWith, "Does not end with the text."),
    ];

    private readonly Dictionary<string, FilterOperator> _operators = new(StringComparer.Ordinal);

    protected OperationFilterInputType(string name, string description, IGraphType valueType, bool comparable = false, bool text = false, bool equalityOnly = false)
    {
        Name = name;
        Description = description;
        ObjectFilterInputType.AddLogicalFields(this, name);
        var operators = Equality.AsEnumerable();
        if (equalityOnly)
        {
            operators = operators.Take(2);
        }

        if (comparable)
        {
            operators = operators.Concat(Comparison);
        }

        if (text)
        {
            operators = operators.Concat(Text);
        }

        foreach (var (op, filterOperator, opDescription) in operators)
        {
            var type = op is "in" or "nin" ? new ListGraphType(valueType) : valueType;
            Field(op, type).Description(opDescription);
            _operators[op] = filterOperator;
        }
    }

    public FilterNode Translate(IDictionary<string, object?> value, string path, string? idType)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = new List<FilterNode>();
        foreach (var (op, operand) in value)
        {
            if (op is "and" or "or")
            {
                var operands = FilterPaths.Objects(operand, op).Select(v => v.Count == 0 ? throw FilterPaths.Empty(op) : Translate(v, path, idType)).ToList();
                parts.Add(op == "and" ? new AllOf(operands) : new AnyOf(operands));
                continue;
            }

            var filterOperator = _operators[op];
            object? converted = filterOperator is FilterOperator.In or FilterOperator.Nin
                ? (operand as IEnumerable<object?> ?? throw new ExecutionError($"`{op}` needs a list.") { Code = ErrorCodes.InvalidFilter })
                    .Select(v => Convert(v, idType)).ToList()
                : Convert(operand, idType);
            parts.Add(new FieldCondition(path, filterOperator, converted));
        }

        return parts.Count == 1 ? parts[0] : new AllOf(parts);
    }

    private static object? Convert(object? value, string? idType) => value switch
    {
        null => null,
        string id when idType is not null => GlobalId.Expect(idType, id),
        DateTime at => at.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : at.ToUniversalTime(),
        DateTimeOffset at => at.UtcDateTime,
        _ => value,
    };
}
