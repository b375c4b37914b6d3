using GraphTraining.Data.Embedded;
using GraphTraining.Data.Exchange;
using GraphTraining.Data.Store;
using GraphTraining.Data.Tests.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Exchange;

public sealed class ImportTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Export_then_import_into_an_empty_durable_store_then_export_again_gives_identical_files()
    {
        var source = new EmbeddedTrainingStore();
        await ExchangeSamples.SeedAsync(source);
        var first = Path.Combine(_directory.Path, "first");
        var second = Path.Combine(_directory.Path, "second");
        await StoreExporter.ExportAsync(source, first);

        var options = new StoreOptions { DataDirectory = Path.Combine(_directory.Path, "db") };
        StoreExchangeResult imported;
        using (var target = new EmbeddedTrainingStore(options))
        {
            imported = await StoreImporter.ImportAsync(target, first);
        }

        using (var reopened = new EmbeddedTrainingStore(options))
        {
            await StoreExporter.ExportAsync(reopened, second);
        }

        Assert.Equal(3, imported.Counts[CollectionNames.Associates]);
        Assert.Equal(12, imported.Total);
        Assert.All(CollectionNames.All, name =>
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, name + ".json")), File.ReadAllBytes(Path.Combine(second, name + ".json"))));
    }

    public static TheoryData<string, string, string> BadLines => new()
    {
        { "locations.json", """{"_id":"loc-9","name":"Dock" """, "not a JSON document" },
        { "locations.json", """{"name":"Dock"}""", "has no _id" },
        { "locations.json", """{"_id":{"$numberInt":"5"},"name":"Dock"}""", "_id must be a non-empty string" },
        { "roles.json", """{"_id":"loc-9","name":"Dock","region":"North"}""", "not a roles document: unknown field(s) region" },
        { "notifications.json", """{"_id":"n-9","associateId":"a1","message":null}""", "missing recipientId, message" },
        { "roles.json", """{"_id":"r-9","name":"Flyer","permissions":["Fly"]}""", "not a roles document" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task A_bad_line_is_reported_with_its_file_and_line_and_nothing_is_written(string file, string line, string reason)
    {
        var directory = await ExportSamplesAsync();
        var path = Path.Combine(directory, file);
        var lineNumber = File.ReadAllLines(path).Length + 1;
        File.AppendAllText(path, line + "\n");
        var target = new EmbeddedTrainingStore();

        var error = await Assert.ThrowsAsync<StoreImportException>(() => StoreImporter.ImportAsync(target, directory));

        Assert.Equal(path, error.FilePath);
        Assert.Equal(lineNumber, error.LineNumber);
        Assert.Contains($"{path}, line {lineNumber}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAllAsync(target));
    }

    [Fact]
    public async Task An_id_repeated_in_a_file_names_both_lines_and_nothing_is_written()
    {
        var directory = await ExportSamplesAsync();
        var path = Path.Combine(directory, "locations.json");
        File.AppendAllText(path, File.ReadAllLines(path)[0].Replace("North", "South", StringComparison.Ordinal) + "\n");
        var target = new EmbeddedTrainingStore();

        var error = await Assert.ThrowsAsync<StoreImportException>(() => StoreImporter.ImportAsync(target, directory));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("_id 'loc-1' is already on line 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAllAsync(target));
    }

    [Fact]
    public async Task An_id_already_in_the_store_is_reported_with_its_line_and_nothing_is_written()
    {
        var directory = await ExportSamplesAsync();
        var target = new EmbeddedTrainingStore();
        await target.Locations.InsertAsync(Location("loc-2", name: "Already here"));

        var error = await Assert.ThrowsAsync<StoreImportException>(() => StoreImporter.ImportAsync(target, directory));

        Assert.Equal(Path.Combine(directory, "locations.json"), error.FilePath);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("locations/loc-2 already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await CountAllAsync(target));
    }

    [Fact]
    public async Task Unknown_json_files_are_refused_by_name_and_nothing_is_written()
    {
        var directory = await ExportSamplesAsync();
        File.WriteAllText(Path.Combine(directory, "people.json"), "");
        File.WriteAllText(Path.Combine(directory, "notes.txt"), "not an export file, ignored");
        var target = new EmbeddedTrainingStore();

        var error = await Assert.ThrowsAsync<StoreImportException>(() => StoreImporter.ImportAsync(target, directory));

        Assert.Contains("people.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("notes.txt", error.Message, StringComparison.Ordinal);
        Assert.Null(error.LineNumber);
        Assert.Equal(0, await CountAllAsync(target));
    }

    [Fact]
    public async Task Missing_files_import_as_empty_collections_and_blank_lines_are_skipped()
    {
        File.WriteAllText(_directory.File("roles.json"), "\n" + """{"_id":"role-1","name":"Leader"}""" + "\n\n");
        var target = new EmbeddedTrainingStore();

        var result = await StoreImporter.ImportAsync(target, _directory.Path);

        Assert.Equal(1, result.Counts[CollectionNames.Roles]);
        Assert.Equal(0, result.Counts[CollectionNames.Associates]);
        Assert.Equal(1, result.Total);
        Assert.Equal("Leader", (await target.Roles.GetByIdAsync("role-1"))!.Name);
    }

    [Fact]
    public async Task A_missing_directory_is_refused()
    {
        var missing = _directory.File("nowhere");

        var error = await Assert.ThrowsAsync<StoreImportException>(() => StoreImporter.ImportAsync(new EmbeddedTrainingStore(), missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private async Task<string> ExportSamplesAsync()
    {
        var source = new EmbeddedTrainingStore();
        await ExchangeSamples.SeedAsync(source);
        var directory = _directory.File("export");
        await StoreExporter.ExportAsync(source, directory);
        return directory;
    }

    private static async Task<long> CountAllAsync(ITrainingStore store)
    {
        var query = new StoreQuery { IncludeTotalCount = true, Limit = 0 };
        long total = 0;
        total += (await store.Associates.QueryAsync(query)).TotalCount!.Value;
        total += (await store.Locations.QueryAsync(query)).TotalCount!.Value;
        total += (await store.JobFunctions.QueryAsync(query)).TotalCount!.Value;
        total += (await store.Certifications.QueryAsync(query)).TotalCount!.Value;
        total += (await store.Checklists.QueryAsync(query)).TotalCount!.Value;
        total += (await store.PlanTypes.QueryAsync(query)).TotalCount!.Value;
        total += (await store.PlanOutcomes.QueryAsync(query)).TotalCount!.Value;
        total += (await store.Roles.QueryAsync(query)).TotalCount!.Value;
        total += (await store.Notifications.QueryAsync(query)).TotalCount!.Value;
        return total;
    }
}
