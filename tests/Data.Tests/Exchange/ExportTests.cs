using GraphTraining.Data.Embedded;
using GraphTraining.Data.Exchange;
using GraphTraining.Data.Store;
using GraphTraining.Data.Tests.Store;
using static GraphTraining.Data.Tests.Store.TestDocuments;

namespace GraphTraining.Data.Tests.Exchange;

public sealed class ExportTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Export_writes_one_file_per_collection_even_when_empty_with_one_document_per_line_ordered_by_id()
    {
        var store = new EmbeddedTrainingStore();
        await store.Locations.InsertManyAsync([Location("b"), Location("B"), Location("a")]);

        var result = await StoreExporter.ExportAsync(store, _directory.Path);

        Assert.Equal(CollectionNames.All.Select(n => n + ".json").Order(), Directory.GetFiles(_directory.Path).Select(Path.GetFileName).Order());
        var lines = File.ReadAllText(_directory.File("locations.json")).Split('\n');
        Assert.Equal(["B", "a", "b", ""], lines.Select(l => l.Length == 0 ? "" : l.Split('"')[3]));
        Assert.Equal(0, new FileInfo(_directory.File("associates.json")).Length);
        Assert.Equal(3, result.Counts[CollectionNames.Locations]);
        Assert.Equal(3, result.Total);
    }

    [Fact]
    public async Task Export_writes_canonical_extended_json_with_dates_and_longs_typed()
    {
        var store = new EmbeddedTrainingStore();
        await store.Associates.InsertAsync(Associate("a1") with { HiredAt = new DateTime(2026, 3, 4, 5, 6, 7, 123, DateTimeKind.Utc) });

        await StoreExporter.ExportAsync(store, _directory.Path);

        var line = File.ReadAllText(_directory.File("associates.json"));
        Assert.StartsWith("""{ "_id" : "a1", "version" : { "$numberLong" : "1" }, """, line, StringComparison.Ordinal);
        Assert.Contains("""
            "hiredAt" : { "$date" : { "$numberLong" : "1772600767123" } }
            """, line, StringComparison.Ordinal);
        Assert.EndsWith("}\n", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", line, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, File.ReadAllBytes(_directory.File("associates.json"))[0]); // no byte-order mark
    }

    [Fact]
    public async Task Export_replaces_files_from_an_earlier_export()
    {
        var store = new EmbeddedTrainingStore();
        await store.Locations.InsertManyAsync([Location("a"), Location("b")]);
        await StoreExporter.ExportAsync(store, _directory.Path);
        await store.Locations.DeleteAsync("b", 1);

        await StoreExporter.ExportAsync(store, _directory.Path);

        Assert.Single(File.ReadAllLines(_directory.File("locations.json")));
        Assert.DoesNotContain(Directory.GetFiles(_directory.Path), f => !f.EndsWith(".json", StringComparison.Ordinal));
    }

    public void Dispose() => _directory.Dispose();
}
