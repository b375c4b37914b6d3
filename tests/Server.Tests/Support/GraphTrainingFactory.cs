using System.Net.Http.Headers;
using GraphTraining.Data.Store;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphTraining.Server.Tests.Support;

/// <summary>
/// The whole server in process on a memory-only store with no demo data, so every test seeds what it needs.
/// Exception details stay hidden (as in Production) so tests see what clients see. The store holds one
/// administrator, and clients sign in as them unless a test asks for another user (or none).
/// </summary>
public class GraphTrainingFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Store:DataDirectory", "");
        builder.UseSetting("Store:SeedDemoData", "false");
        builder.UseSetting("GraphQL:ExposeExceptionDetails", "false");
        builder.UseSetting("Jwt:Issuer", TestTokens.Issuer);
        builder.UseSetting("Jwt:Audience", TestTokens.Audience);
        builder.UseSetting("Jwt:SigningKey", TestTokens.SigningKey);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        try
        {
            TestUsers.EnsureAdministratorAsync(host.Services.GetRequiredService<ITrainingStore>()).GetAwaiter().GetResult();
        }
        catch (StoreUnavailableException)
        {
            // Outage tests start the server over a store that is down on purpose; nobody can sign in there.
        }

        return host;
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(TestUsers.AdministratorId));
    }
}
