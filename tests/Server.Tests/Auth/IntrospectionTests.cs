using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace GraphTraining.Server.Tests.Auth;

public sealed class IntrospectionTests(GraphTrainingFactory factory) : IClassFixture<GraphTrainingFactory>
{
    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    public async Task Introspection_is_on_in_Development_and_off_in_Production_unless_configured(string environment, string? setting, bool allowed)
    {
        using var host = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            if (setting is not null)
            {
                builder.UseSetting("GraphQL:EnableIntrospection", setting);
            }
        });
        using var client = host.CreateClient();

        var response = await client.PostGraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(allowed, !response.HasErrors);
    }
}
