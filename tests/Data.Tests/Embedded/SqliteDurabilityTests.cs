using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded;
using GraphTraining.Data.Store;
using GraphTraining.Data.Tests.Store;
using Microsoft.Data.Sqlite;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Embedded;

public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabaseFile => _directory.File("data/graphtraining.db");

    [Fact]
    public async Task Store_creates_its_directory_and_file_in_WAL_mode_with_synchronous_FULL_on_the_write_connection()
    {
        using var store = Open();
        await store.Locations.InsertAsync(Location("loc-1"));

        Assert.Equal(DatabaseFile, store.DatabasePath);
        Assert.Equal("wal", ReadOnFreshConnection("PRAGMA journal_mode;"));
        Assert.Equal("2", await store.ReadPragmaAsync("synchronous")); // 2 = FULL
    }

    [Fact]
    public async Task Document_written_then_store_disposed_and_reopened_is_present()
    {
        AssociateDocument written;
        using (var store = Open())
        {
            written = await store.Associates.InsertAsync(FullAssociate("a1"));
        }

        using var reopened = Open();

        Assert.Equal([written], await reopened.Associates.GetByIdsAsync(["a1"]), AssociateComparer);
    }

    [Fact]
    public async Task Each_document_is_stored_as_its_BSON_bytes_with_its_version()
    {
        using var store = Open();
        var stored = await store.Locations.ReplaceAsync(await store.Locations.InsertAsync(Location("loc-1", region: "West")));

        using var connection = OpenFreshConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, bson FROM documents WHERE collection = 'locations' AND id = 'loc-1';";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());

        Assert.Equal(2, reader.GetInt64(0));
        Assert.Equal(stored, DocumentMapping.FromBson<LocationDocument>(reader.GetFieldValue<byte[]>(1)));
    }

    [Fact]
    public async Task Replace_is_refused_when_the_file_holds_another_version_even_if_memory_agrees()
    {
        using var store = Open();
        var inserted = await store.Locations.InsertAsync(Location("loc-1"));
        Execute("UPDATE documents SET version = 5 WHERE id = 'loc-1';");

        await Assert.ThrowsAsync<VersionConflictException>(() => store.Locations.ReplaceAsync(inserted with { Name = "Lost" }));

        Assert.Equal(inserted, await store.Locations.GetByIdAsync("loc-1"));
    }

    [Fact]
    public async Task InsertMany_that_fails_in_the_file_rolls_back_and_leaves_memory_unchanged()
    {
        using var store = Open();
        await store.Locations.InsertAsync(Location("seed"));
        Execute("INSERT INTO documents (collection, id, version, bson) VALUES ('locations', 'b', 1, x'00');");

        var error = await Assert.ThrowsAsync<DuplicateDocumentException>(() => store.Locations.InsertManyAsync([Location("a"), Location("b")]));

        Assert.Equal("b", error.DocumentId);
        Assert.Empty(await store.Locations.GetByIdsAsync(["a", "b"]));
        Assert.Equal("0", ReadOnFreshConnection("SELECT COUNT(*) FROM documents WHERE id = 'a';"));
    }

    [Fact]
    public async Task Ping_answers_from_the_file_and_turns_false_once_disposed()
    {
        var store = Open();
        Assert.True(await store.PingAsync());

        await store.DisposeAsync();

        Assert.False(await store.PingAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.Locations.InsertAsync(Location("late")));
    }

    [Fact]
    public async Task Opening_a_file_with_an_unknown_collection_fails_and_releases_the_file()
    {
        using (var store = Open())
        {
            await store.Locations.InsertAsync(Location("loc-1"));
        }

        Execute("INSERT INTO documents (collection, id, version, bson) VALUES ('retired', 'r1', 1, x'00');");

        var error = Assert.Throws<StoreUnavailableException>(Open);
        Assert.Contains("'retired'", error.Message, StringComparison.Ordinal);
        Execute("DELETE FROM documents WHERE collection = 'retired';");
        using var reopened = Open();
        Assert.NotNull(await reopened.Locations.GetByIdAsync("loc-1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task Empty_data_directory_keeps_the_store_in_memory_only(string? directory)
    {
        using var store = new EmbeddedTrainingStore(new StoreOptions { DataDirectory = directory });
        await store.Locations.InsertAsync(Location("loc-1"));

        Assert.Null(store.DatabasePath);
        Assert.Null(await store.ReadPragmaAsync("synchronous"));
    }

    public void Dispose() => _directory.Dispose();

    private EmbeddedTrainingStore Open() => new(new StoreOptions { DataDirectory = _directory.File("data") });

    private SqliteConnection OpenFreshConnection()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabaseFile, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private string? ReadOnFreshConnection(string sql)
    {
        using var connection = OpenFreshConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = OpenFreshConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
