using GraphQL;
using GraphTraining.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Conventions.Loading;

public static class ResolveFieldContextExtensions
{
    public static Loaders Loaders(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<Loaders>();
    }

    public static ITrainingStore Store(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<ITrainingStore>();
    }
}
