using GraphQL;
using GraphQL.Types;
using GraphTraining.Data;
using GraphTraining.Data.Documents;
using GraphTraining.Data.Seeding;
using GraphTraining.Data.Store;
using GraphTraining.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Bench;

/// <summary>A memory-only store holding a generated workforce, and the schema over it.</summary>
public sealed class Workforce : IDisposable
{
    private Workforce(ServiceProvider services, IReadOnlyList<AssociateDocument> associates)
    {
        Services = services;
        Associates = associates;
    }

    public ServiceProvider Services { get; }

    public ITrainingStore Store => Services.GetRequiredService<ITrainingStore>();

    /// <summary>The very documents the store holds, for the hand-written baselines.</summary>
    public IReadOnlyList<AssociateDocument> Associates { get; }

    public static Workforce Create(int associates)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:DataDirectory"] = "", ["Store:SeedDemoData"] = "false" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddTrainingStore(configuration).AddTrainingSchema(configuration).BuildServiceProvider();
        var store = services.GetRequiredService<ITrainingStore>();
        DemoDataSeeder.SeedAsync(store, new DemoDataOptions { Associates = associates }).GetAwaiter().GetResult();
        var stored = store.Associates.QueryAsync(StoreQuery.All).GetAwaiter().GetResult().Items;
        return new Workforce(services, stored);
    }

    public async Task<ExecutionResult> ExecuteAsync(string query)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options =>
        {
            options.Query = query;
            options.RequestServices = scope.ServiceProvider;
        }).ConfigureAwait(false);
        return result.Errors is { Count: > 0 } errors ? throw new InvalidOperationException(errors[0].Message) : result;
    }

    public void Dispose() => Services.Dispose();
}
