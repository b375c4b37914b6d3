using GraphTraining.Data.Documents;
using GraphTraining.Data.Embedded.Querying;
using GraphTraining.Data.Mongo.Querying;
using GraphTraining.Data.Store;
using GraphTraining.Data.Tests.Embedded.Querying.Reference;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace GraphTraining.Data.Tests.Embedded.Querying;

/// <summary>
/// The typed engine against the rendered MQL run by a simple BSON interpreter, over random documents and
/// queries: any drift between typed evaluation, the renderer and MongoDB's rules shows up here.
/// </summary>
public class DifferentialTests
{
    private const int Queries = 400;

    [Theory]
    [InlineData(20260301)]
    [InlineData(7)]
    public void The_embedded_engine_returns_the_rows_the_rendered_MQL_selects(int seed)
    {
        var random = new RandomQueries(seed);
        var documents = Enumerable.Range(0, 40).Select(random.Associate).Select(DocumentMapping.RoundTrip).ToList();
        var stored = documents.Select(d => BsonSerializer.Deserialize<BsonDocument>(DocumentMapping.ToBson(d))).ToList();
        var compared = 0;

        for (var i = 0; i < Queries; i++)
        {
            var filter = random.Filter();
            var sort = random.Sort();
            var embedded = Attempt(() =>
            {
                var predicate = EmbeddedQueryCompiler.CompileFilter<AssociateDocument>(filter);
                return documents.Where(predicate).Order(EmbeddedQueryCompiler.CompileSort<AssociateDocument>(sort)).Select(d => d.Id).ToList();
            });
            var rendered = Attempt(() => MongoQueryRenderer.Render<AssociateDocument>(new StoreQuery { Filter = filter, Sort = sort }));

            Assert.True(embedded.Error?.GetType() == rendered.Error?.GetType(),
                $"Query {i}: the engines disagree on accepting {filter}: {embedded.Error?.Message} / {rendered.Error?.Message}");
            if (rendered.Value is null)
            {
                continue;
            }

            var expected = stored.Where(d => ReferenceMql.Matches(d, rendered.Value.Filter))
                .Order(ReferenceSort.For(sort)).Select(d => d["_id"].AsString).ToList();
            Assert.True(expected.SequenceEqual(embedded.Value!),
                $"Query {i}: {rendered.Value.Filter.ToJson(new JsonWriterSettings { OutputMode = JsonOutputMode.RelaxedExtendedJson })} "
                + $"sort {rendered.Value.Sort}\nexpected [{string.Join(", ", expected)}]\nactual   [{string.Join(", ", embedded.Value!)}]");
            compared++;
        }

        Assert.True(compared > Queries * 3 / 4, $"Only {compared} of {Queries} random queries were valid; the generator drifted.");
    }

    private static (T? Value, Exception? Error) Attempt<T>(Func<T> run)
    {
        try
        {
            return (run(), null);
        }
        catch (ArgumentException error)
        {
            return (default, error);
        }
    }
}
