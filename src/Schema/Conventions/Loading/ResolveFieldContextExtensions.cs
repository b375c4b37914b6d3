using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Conventions.Loading;

public static class ResolveFieldContextExtensions
{
    public static Loaders Loaders(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<Loaders>();
    }
}
