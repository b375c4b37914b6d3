using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphTraining.Data;
using GraphTraining.Data.Embedded;
using GraphTraining.Data.Store;
using GraphTraining.Schema.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Schema.Tests.Support;

/// <summary>The schema over a fresh memory-only store; one per test, so no test sees another's writes.</summary>
public sealed class SchemaTestHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private SchemaTestHost(ServiceProvider services) => _services = services;

    public ITrainingStore Store => _services.GetRequiredService<ITrainingStore>();

    public ISchema Schema => _services.GetRequiredService<ISchema>();

    /// <param name="settings">Configuration overrides.</param>
    /// <param name="wrap">Wraps the memory-only store, e.g. to count reads.</param>
    public static SchemaTestHost Create(IDictionary<string, string?>? settings = null, Func<ITrainingStore, ITrainingStore>? wrap = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:DataDirectory"] = "", ["Store:SeedDemoData"] = "false" })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddTrainingStore(configuration)
            .AddTrainingSchema(configuration);
        if (wrap is not null)
        {
            services.AddSingleton(wrap(new EmbeddedTrainingStore()));
        }

        return new SchemaTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    /// <summary>Runs one operation and returns the response as JSON (data and errors, as a client sees it).</summary>
    /// <param name="query">The GraphQL document.</param>
    /// <param name="variables">Its variables, serialized as JSON.</param>
    /// <param name="viewer">Who asks: an administrator who sees everyone unless a test says otherwise.</param>
    public async Task<JsonObject> ExecuteAsync(string query, object? variables = null, Viewer? viewer = null)
    {
        await using var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ViewerContext>().SignIn(viewer ?? Viewers.Administrator);
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var serializer = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = query;
            options.RequestServices = scope.ServiceProvider;
            options.Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables));
        });
        return JsonNode.Parse(serializer.Serialize(result))!.AsObject();
    }

    /// <summary>The viewer a token for this associate would sign in, read from the store as the server does.</summary>
    public Task<Viewer> ViewerAsync(string associateId) => ViewerLoader.LoadAsync(Store, associateId, CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
