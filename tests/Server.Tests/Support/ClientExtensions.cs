using System.Net.Http.Headers;

namespace GraphTraining.Server.Tests.Support;

public static class ClientExtensions
{
    /// <summary>Sends this bearer token from now on; null sends none (an anonymous client).</summary>
    public static HttpClient WithToken(this HttpClient client, string? token)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
