using GraphTraining.Schema.Conventions.Roots;
using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Server.Tests.Transport;

/// <summary>The server plus a few test-only fields that fail or wait on purpose, and a mutation to send.</summary>
public sealed class TransportFactory : GraphTrainingFactory
{
    public CancellationProbe Cancellation { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddHttpContextAccessor()
            .AddSingleton(Cancellation)
            .AddSingleton<IRootFields<QueryType>, TestOnlyQueries>()
            .AddSingleton<IRootFields<MutationType>, TestOnlyMutations>());
    }
}
