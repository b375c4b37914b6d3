using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Identity;

public static class ViewerFieldContextExtensions
{
    /// <summary>The request's viewer, loaded once per request.</summary>
    public static Task<Viewer> Viewer(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices!.GetRequiredService<ViewerContext>().GetAsync(context.CancellationToken);
    }
}
