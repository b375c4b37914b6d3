using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphTraining.Server.Tests.Support;

/// <summary>
/// The whole server in process on a memory-only store with no demo data, so every test seeds what it needs.
/// Exception details stay hidden (as in Production) so tests see what clients see.
/// </summary>
public class GraphTrainingFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Store:DataDirectory", "");
        builder.UseSetting("Store:SeedDemoData", "false");
        builder.UseSetting("GraphQL:ExposeExceptionDetails", "false");
    }
}
