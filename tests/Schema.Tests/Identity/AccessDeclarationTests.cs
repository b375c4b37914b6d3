using GraphTraining.Schema.Identity;
using GraphTraining.Schema.Tests.Support;

namespace GraphTraining.Schema.Tests.Identity;

public class AccessDeclarationTests
{
    [Fact]
    public async Task Every_root_query_and_mutation_field_declares_who_may_use_it()
    {
        await using var host = SchemaTestHost.Create();
        host.Schema.Initialize();

        var undeclared = host.Schema.Query.Fields.Concat(host.Schema.Mutation!.Fields)
            .Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal) && f.GetAccess(null) is null)
            .Select(f => f.Name)
            .ToList();

        Assert.Empty(undeclared);
    }
}
