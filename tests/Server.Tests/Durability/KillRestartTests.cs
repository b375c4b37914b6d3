using System.Collections.Concurrent;

namespace GraphTraining.Server.Tests.Durability;

public sealed class KillRestartTests : IDisposable
{
    private const string Create = """
        mutation($input: CreatePlanOutcomeInput!) {
          createPlanOutcome(input: $input) { planOutcome { id name } errors { ... on UserError { code } } }
        }
        """;

    private const string Rename = """
        mutation($input: UpdatePlanOutcomeInput!) {
          updatePlanOutcome(input: $input) { planOutcome { description } errors { ... on UserError { code } } }
        }
        """;

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("graphtraining-kill-").FullName;

    [Fact]
    public async Task Every_acknowledged_write_survives_a_SIGKILL_in_the_middle_of_a_stream_of_writes()
    {
        var acknowledged = new ConcurrentDictionary<string, bool>();
        var lastAcknowledgedEdit = -1;
        string counterId;

        await using (var server = await ServerProcess.StartAsync(_dataDirectory))
        {
            var counter = await server.PostAsync(Create, new { input = new { name = "counter", colour = "#000000", description = "0" } });
            counterId = counter["data"]!["createPlanOutcome"]!["planOutcome"]!["id"]!.GetValue<string>();
            using var stop = new CancellationTokenSource();

            var creators = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var name = $"outcome-{worker}-{i}";
                    try
                    {
                        var response = await server.PostAsync(Create, new { input = new { name, colour = "#123456", description = name } }, stop.Token);
                        if (response["data"]?["createPlanOutcome"]?["planOutcome"] is not null)
                        {
                            acknowledged[name] = true;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                    {
                        return;
                    }
                }
            })).ToList();
            var editor = Task.Run(async () =>
            {
                for (var n = 1; !stop.IsCancellationRequested; n++)
                {
                    try
                    {
                        var response = await server.PostAsync(Rename, new { input = new { id = counterId, description = $"{n}" } }, stop.Token);
                        if (response["data"]?["updatePlanOutcome"]?["planOutcome"] is not null)
                        {
                            lastAcknowledgedEdit = n;
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
                    {
                        return;
                    }
                }
            });

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 150 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            server.Kill();
            await stop.CancelAsync();
            await Task.WhenAll([.. creators, editor]);
        }

        Assert.True(acknowledged.Count >= 150, $"Only {acknowledged.Count} writes were acknowledged before the deadline.");

        await using var restarted = await ServerProcess.StartAsync(_dataDirectory);
        var stored = await ReadAllOutcomesAsync(restarted);

        var missing = acknowledged.Keys.Where(name => !stored.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0, $"Acknowledged but lost after SIGKILL: {string.Join(", ", missing.Take(10))}");
        Assert.All(stored.Where(s => s.Key != "counter"), s => Assert.Equal(s.Key, s.Value));
        var edit = int.Parse(stored["counter"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(edit, lastAcknowledgedEdit, lastAcknowledgedEdit + 1);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private static async Task<Dictionary<string, string>> ReadAllOutcomesAsync(ServerProcess server)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var response = await server.PostAsync(
                "query($after: String) { planOutcomes(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { name description } } }",
                new { after });
            var connection = response["data"]!["planOutcomes"]!;
            foreach (var node in connection["nodes"]!.AsArray())
            {
                stored.Add(node!["name"]!.GetValue<string>(), node["description"]!.GetValue<string>());
            }

            if (!connection["pageInfo"]!["hasNextPage"]!.GetValue<bool>())
            {
                return stored;
            }

            after = connection["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
    }
}
