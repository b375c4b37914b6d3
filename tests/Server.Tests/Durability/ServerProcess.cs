using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using GraphTraining.Data.Embedded;
using GraphTraining.Data.Store;
using GraphTraining.Server.Tests.Support;

namespace GraphTraining.Server.Tests.Durability;

/// <summary>The built server run as a real child process on a free loopback port, over a given data directory.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(TestUsers.AdministratorId));
    }

    public HttpClient Client { get; }

    /// <summary>Starts the server over <paramref name="dataDirectory"/>, holding the test administrator whom the client signs in as.</summary>
    public static async Task<ServerProcess> StartAsync(string dataDirectory)
    {
        await using (var store = new EmbeddedTrainingStore(new StoreOptions { DataDirectory = dataDirectory }))
        {
            await TestUsers.EnsureAdministratorAsync(store);
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ServerAssembly(), "--urls", $"http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(ServerAssembly())!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Store__Provider"] = "Embedded",
                ["Store__DataDirectory"] = dataDirectory,
                ["Store__SeedDemoData"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Jwt__Issuer"] = TestTokens.Issuer,
                ["Jwt__Audience"] = TestTokens.Audience,
                ["Jwt__SigningKey"] = TestTokens.SigningKey,
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilReadyAsync();
        return server;
    }

    public async Task<JsonObject> PostAsync(string query, object? variables = null, CancellationToken cancellationToken = default)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; whatever was not committed is lost.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        Client.Dispose();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await Client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The server did not become ready within 60 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ServerAssembly()
    {
        // The server's own build output (with its runtimeconfig), in the same configuration as this test build.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testOutput.Parent!.Name;
        for (var dir = testOutput; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Server", "bin", configuration, "net10.0", "GraphTraining.Server.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Build src/Server first: its GraphTraining.Server.dll was not found.");
    }
}
