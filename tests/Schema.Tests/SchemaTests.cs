using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests;

public class SchemaTests
{
    [Fact]
    public async Task Committed_schema_graphql_matches_the_running_schema()
    {
        await using var host = SchemaTestHost.Create();
        var printed = SchemaPrinting.Print(host.Schema);
        var committed = await File.ReadAllTextAsync(RepositoryFile("schema.graphql"));

        Assert.True(
            committed.ReplaceLineEndings("\n") == printed,
            "schema.graphql is stale. Regenerate it from the repository root with: dotnet run --project src/Server -- schema --out \"$PWD/schema.graphql\"");
    }

    private static string RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphTraining.sln")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new FileNotFoundException("No GraphTraining.sln above the test output.", name);
    }
}
