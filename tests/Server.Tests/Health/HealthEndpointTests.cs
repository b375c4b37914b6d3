using System.Net;
using System.Reflection;
using GraphTraining.Data.Store;
using GraphTraining.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Server.Tests.Health;

public sealed class HealthEndpointTests(GraphTrainingFactory factory) : IClassFixture<GraphTrainingFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Healthy_server_answers_200(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_503_while_the_store_does_not_answer_but_live_stays_200()
    {
        using var down = WithPing(factory, () => Task.FromResult(false));
        using var client = down.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        using var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_is_503_without_details_when_the_ping_throws()
    {
        using var down = WithPing(factory, () => throw new StoreUnavailableException("Password=hunter2"));
        using var client = down.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body);
    }

    /// <summary>The app's own store, except for its ping.</summary>
    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithPing(
        GraphTrainingFactory factory, Func<Task<bool>> ping) =>
        factory.WithServices(services =>
        {
            var original = services.Last(d => d.ServiceType == typeof(ITrainingStore));
            services.AddSingleton(provider =>
            {
                var store = (ITrainingStore)(original.ImplementationInstance
                    ?? original.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, original.ImplementationType!));
                return PingOverride.Wrap(store, ping);
            });
        });

    /// <summary>
    /// Forwards every member to the real store but <see cref="ITrainingStore.PingAsync"/>; a proxy, so the test
    /// keeps compiling as the port grows.
    /// </summary>
    public class PingOverride : DispatchProxy
    {
        private ITrainingStore _inner = null!;
        private Func<Task<bool>> _ping = null!;

        public static ITrainingStore Wrap(ITrainingStore inner, Func<Task<bool>> ping)
        {
            var proxy = Create<ITrainingStore, PingOverride>();
            var self = (PingOverride)(object)proxy;
            self._inner = inner;
            self._ping = ping;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == nameof(ITrainingStore.PingAsync) ? _ping() : targetMethod.Invoke(_inner, args);
    }
}
