namespace GraphTraining.Server.Tests.Support;

/// <summary>
/// A test that needs the GraphiQL bundle, which the Server build makes only where Node.js is installed; without
/// it the test shows as skipped with the reason, never as passed.
/// </summary>
public class GraphiQLBundleFactAttribute : FactAttribute
{
    /// <summary>Where the Server build copies the bundle (it flows into this test project's output too).</summary>
    public static readonly string BundleDirectory = Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql");

    public GraphiQLBundleFactAttribute()
    {
        if (!File.Exists(Path.Combine(BundleDirectory, "graphiql.js")))
        {
            Skip = $"GraphiQL's bundle is not in {BundleDirectory}: build with Node.js 20+ on the PATH.";
        }
    }
}
