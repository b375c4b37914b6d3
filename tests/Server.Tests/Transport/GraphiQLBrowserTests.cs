using System.Net;
using GraphTraining.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GraphTraining.Server.Tests.Transport;

/// <summary>
/// A real browser on a real socket: Chromium opens GraphiQL from our server (no CDN), runs a query with a header
/// typed into the headers editor, and shows the result.
/// </summary>
public sealed class GraphiQLBrowserTests : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly TransportFactory _factory = new();
    private readonly DirectoryInfo _profile = Directory.CreateTempSubdirectory("graphiql-chromium-");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _profile.Delete(recursive: true);
    }

    [ChromiumFact]
    public async Task GraphiQL_runs_a_query_with_a_header_and_shows_the_result()
    {
        var baseAddress = StartKestrel();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(_profile.FullName, new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);

        await page.GotoAsync(baseAddress + "/graphql");
        await TypeIntoAsync(page.Locator(".graphiql-query-editor .monaco-editor").First,
            """{ echo(text: "shown in the browser") requestHeader(name: "X-Probe") }""");
        await TypeIntoAsync(page.Locator(".graphiql-editor-tool .monaco-editor[data-uri$='headers.json']"),
            """{ "X-Probe": "from the headers editor" }""");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var result = page.Locator(".graphiql-response");
        await Assertions.Expect(result).ToContainTextAsync("shown in the browser");
        await Assertions.Expect(result).ToContainTextAsync("from the headers editor");
        Assert.Empty(pageErrors);
    }

    /// <summary>Replaces a Monaco editor's text; inserted text skips Monaco's auto-closing of brackets.</summary>
    private static async Task TypeIntoAsync(ILocator editor, string text)
    {
        await editor.ClickAsync();
        await editor.Page.Keyboard.PressAsync("ControlOrMeta+A");
        await editor.Page.Keyboard.PressAsync("Delete");
        await editor.Page.Keyboard.InsertTextAsync(text);
    }

    private string StartKestrel()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.Single().TrimEnd('/');
    }
}
