namespace GraphTraining.Server.Tests.Support;

/// <summary>
/// A test that drives Debian's Chromium through Playwright (which cannot download a browser here). Skipped,
/// with the reason, where Chromium or the GraphiQL bundle is missing; the project's test command installs both.
/// </summary>
public sealed class ChromiumFactAttribute : GraphiQLBundleFactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (Skip is null && !File.Exists(ChromiumPath))
        {
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium).";
        }
    }
}
