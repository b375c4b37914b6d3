using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Server.Tests.Support;

/// <summary>Variants of a factory; each is its own host, disposed with the factory it came from.</summary>
public static class FactoryExtensions
{
    public static WebApplicationFactory<Program> WithSetting(this WebApplicationFactory<Program> factory, string key, string value) =>
        factory.WithWebHostBuilder(builder => builder.UseSetting(key, value));

    /// <summary>Changes services after the app registered its own (so a registration here replaces the app's).</summary>
    public static WebApplicationFactory<Program> WithServices(this WebApplicationFactory<Program> factory, Action<IServiceCollection> configure) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(configure));
}
