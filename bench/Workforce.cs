using GraphQL;
using GraphQL.Types;
using GraphTraining.Data;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;
using GraphTraining.Data.Store;
using GraphTraining.Schema;
using GraphTraining.Schema.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Bench;

/// <summary>A memory-only store holding a generated workforce, and the schema over it.</summary>
public sealed class Workforce : IDisposable
{
    private Workforce(ServiceProvider services, IReadOnlyList<AssociateDocument> associates, Viewer administrator)
    {
        Services = services;
        Associates = associates;
        _administrator = administrator;
    }

    private readonly Viewer _administrator;

    public ServiceProvider Services { get; }

    public ITrainingStore Store => Services.GetRequiredService<ITrainingStore>();

    /// <summary>The very documents the store holds, for the hand-written baselines.</summary>
    public IReadOnlyList<AssociateDocument> Associates { get; }

    private static readonly Dictionary<int, Workforce> Shared = [];

    /// <summary>One workforce per size for the whole run: benchmarks run in process and only read it.</summary>
    public static Workforce For(int associates)
    {
        lock (Shared)
        {
            if (!Shared.TryGetValue(associates, out var workforce))
            {
                Shared[associates] = workforce = Create(associates);
            }

            return workforce;
        }
    }

    public static Workforce Create(int associates)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:DataDirectory"] = "", ["Store:SeedDemoData"] = "false" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddTrainingStore(configuration).AddTrainingSchema(configuration).BuildServiceProvider();
        var store = services.GetRequiredService<ITrainingStore>();
        DemoDataSeeder.SeedAsync(store, new DemoDataOptions { Associates = associates }).GetAwaiter().GetResult();
        var stored = store.Associates.QueryAsync(StoreQuery.All).GetAwaiter().GetResult().Items;
        var roles = store.Roles.QueryAsync(StoreQuery.All).GetAwaiter().GetResult().Items;
        var administrator = new Viewer(stored[0], [.. roles.Where(r => stored[0].RoleIds.Contains(r.Id))]);
        return new Workforce(services, stored, administrator);
    }

    public async Task<ExecutionResult> ExecuteAsync(string query)
    {
        await using var scope = Services.CreateAsyncScope();
        // The API needs a signed-in viewer; the seeded administrator (a-000001) sees everyone, like the baselines.
        scope.ServiceProvider.GetRequiredService<ViewerContext>().SignIn(_administrator);
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options =>
        {
            options.Query = query;
            options.RequestServices = scope.ServiceProvider;
        }).ConfigureAwait(false);
        return result.Errors is { Count: > 0 } errors ? throw new InvalidOperationException(errors[0].Message) : result;
    }

    public void Dispose() => Services.Dispose();
}
