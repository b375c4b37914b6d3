using System.Net.Sockets;
using Testcontainers.MongoDb;

namespace GraphTraining.Data.Tests.Mongo;

/// <summary>
/// Where the live MongoDB tests find a server: <c>MONGODB_URI</c> when set, else a <c>mongo:8</c> replica set
/// started by Testcontainers when a Docker engine answers, else nowhere (and the tests say so as skipped).
/// </summary>
public static class MongoServer
{
    private const string DockerSocket = "/var/run/docker.sock";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MongoDbContainer? _container;

    public static string? ConfiguredUri => Environment.GetEnvironmentVariable("MONGODB_URI") is { Length: > 0 } uri ? uri : null;

    public static string? SkipReason =>
        ConfiguredUri is null && !DockerAnswers()
            ? "No MongoDB here: set MONGODB_URI (or run where a Docker engine answers) to run the store contract against a real mongod."
            : null;

    public static async Task<string> ConnectionStringAsync()
    {
        if (ConfiguredUri is { } uri)
        {
            return uri;
        }

        await Gate.WaitAsync();
        try
        {
            if (_container is null)
            {
                var container = new MongoDbBuilder("mongo:8").WithReplicaSet().Build();
                await container.StartAsync();
                _container = container;
            }

            return _container.GetConnectionString();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static bool DockerAnswers()
    {
        if (!File.Exists(DockerSocket))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(DockerSocket));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
