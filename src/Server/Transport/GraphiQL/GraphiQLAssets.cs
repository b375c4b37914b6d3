using System.Globalization;
using Microsoft.Extensions.FileProviders;

namespace GraphTraining.Server.Transport.GraphiQL;

/// <summary>
/// The bundle the Server build makes from <c>client/</c> (GraphiQL, React and Monaco; served by us, since there
/// is no CDN to reach). Looked for under the web root first (<c>dotnet run</c>, tests) and then beside the
/// assembly (the build copies it there, so the app runs from any working directory).
/// </summary>
public sealed class GraphiQLAssets
{
    public const string EntryScript = "graphiql.js";

    public const string Stylesheet = "graphiql.css";

    public GraphiQLAssets(string directory)
    {
        Directory = directory;
        IsBuilt = File.Exists(Path.Combine(directory, EntryScript)) && File.Exists(Path.Combine(directory, Stylesheet));
        FileProvider = IsBuilt ? new PhysicalFileProvider(directory) : new NullFileProvider();
        Version = IsBuilt
            ? File.GetLastWriteTimeUtc(Path.Combine(directory, EntryScript)).Ticks.ToString("x", CultureInfo.InvariantCulture)
            : "0";
    }

    public string Directory { get; }

    public bool IsBuilt { get; }

    public IFileProvider FileProvider { get; }

    /// <summary>Changes whenever the bundle is rebuilt, so browsers never run a stale copy.</summary>
    public string Version { get; }

    public static GraphiQLAssets Locate(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var webRoot = environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot");
        var candidates = new[]
        {
            Path.Combine(webRoot, "graphiql"),
            Path.Combine(AppContext.BaseDirectory, "wwwroot", "graphiql"),
        };
        return candidates.Select(c => new GraphiQLAssets(c)).FirstOrDefault(a => a.IsBuilt)
            ?? new GraphiQLAssets(candidates[0]);
    }
}
