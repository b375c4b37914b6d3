using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphTraining.Schema.Tests.Support;

public static class JsonAssert
{
    /// <summary>The first error's <c>extensions.code</c>, failing when the response has no error.</summary>
    public static string? FirstErrorCode(JsonObject response)
    {
        var errors = response["errors"]?.AsArray();
        Assert.True(errors is { Count: > 0 }, $"Expected an error, got: {response.ToJsonString()}");
        return errors![0]!["extensions"]?["code"]?.GetValue<string>();
    }

    public static JsonNode Data(JsonObject response)
    {
        Assert.True(response["errors"] is null, $"Unexpected errors: {response["errors"]?.ToJsonString()}");
        return response["data"]!;
    }

    /// <summary>Indented JSON for snapshots, so a changed shape reads well in review.</summary>
    public static string Pretty(JsonNode node) => node.ToJsonString(Indented);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
