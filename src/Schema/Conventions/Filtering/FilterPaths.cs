using GraphQL;
using GraphQL.Types;
using GraphTraining.Schema.Conventions.Errors;

namespace GraphTraining.Schema.Conventions.Filtering;

internal static class FilterPaths
{
    public static string Join(string prefix, string path) => prefix.Length == 0 ? path : path.Length == 0 ? prefix : $"{prefix}.{path}";

    public static IDictionary<string, object?> Object(object? value, string field) =>
        value as IDictionary<string, object?>
        ?? throw new ExecutionError($"`{field}` must be an object.") { Code = ErrorCodes.InvalidFilter };

    public static IEnumerable<IDictionary<string, object?>> Objects(object? value, string field) =>
        (value as IEnumerable<object?> ?? throw new ExecutionError($"`{field}` must be a list.") { Code = ErrorCodes.InvalidFilter })
        .Select(v => Object(v, field));

    public static ExecutionError Empty(string field) =>
        new($"`{field}` names no operator: give at least one.") { Code = ErrorCodes.InvalidFilter };

    public static IFilterInputType Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        IFilterInputType filter => filter,
        _ => throw new InvalidOperationException($"{type?.Name} is not a filter input."),
    };
}
