using GraphTraining.Server.Auth;
using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace GraphTraining.Server.Tests.Auth;

public sealed class JwtStartupTests(GraphTrainingFactory factory) : IClassFixture<GraphTrainingFactory>
{
    [Fact]
    public void Production_refuses_to_start_with_the_development_signing_key()
    {
        using var production = factory.WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Jwt:SigningKey", JwtOptions.DevelopmentSigningKey));

        var error = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("development key", error.Message, StringComparison.Ordinal);
        Assert.Contains("Jwt:Authority", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_settings_hold_the_development_key_that_Production_refuses()
    {
        var settings = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "appsettings.Development.json"));

        Assert.Contains(JwtOptions.DevelopmentSigningKey, settings, StringComparison.Ordinal);
    }
}
