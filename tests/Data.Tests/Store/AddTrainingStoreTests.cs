using GraphTraining.Data.Embedded;
using GraphTraining.Data.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphTraining.Data.Tests.Store;

public sealed class AddTrainingStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Theory]
    [InlineData(null)]
    [InlineData("Embedded")]
    [InlineData("embedded")]
    public async Task Embedded_provider_is_the_default_and_is_durable_in_the_configured_directory(string? provider)
    {
        var configuration = Configuration(("Store:Provider", provider), ("Store:DataDirectory", _directory.Path));

        await using (var services = new ServiceCollection().AddTrainingStore(configuration).BuildServiceProvider())
        {
            var store = services.GetRequiredService<ITrainingStore>();
            Assert.Same(store, services.GetRequiredService<ITrainingStore>());
            Assert.Equal(_directory.File("graphtraining.db"), services.GetRequiredService<EmbeddedTrainingStore>().DatabasePath);
            await store.Locations.InsertAsync(TestDocuments.Location("loc-1"));
        }

        // Disposing the container closed the file, so the same directory opens again with the document in it.
        using var reopened = new EmbeddedTrainingStore(new StoreOptions { DataDirectory = _directory.Path });
        Assert.NotNull(await reopened.Locations.GetByIdAsync("loc-1"));
    }

    [Fact]
    public void Empty_data_directory_in_configuration_gives_a_memory_only_store()
    {
        var configuration = Configuration(("Store:DataDirectory", ""));

        using var services = new ServiceCollection().AddTrainingStore(configuration).BuildServiceProvider();

        Assert.Null(services.GetRequiredService<EmbeddedTrainingStore>().DatabasePath);
    }

    [Fact]
    public void Unknown_provider_fails_at_registration_naming_the_setting_and_the_accepted_values()
    {
        var configuration = Configuration(("Store:Provider", "Cassandra"));

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddTrainingStore(configuration));

        Assert.Contains("Store:Provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Cassandra'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Embedded", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
