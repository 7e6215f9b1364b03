using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(FrameworkGuide.Browser.Tests.BrowserSite))]

namespace FrameworkGuide.Browser.Tests;

/// <summary>
/// One run's site on real Kestrel at 127.0.0.1 and one headless Chromium, the system's own: Playwright
/// never downloads a browser here. Each test opens a fresh context with <see cref="OpenAsync"/>.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>Keeps Chromium on this machine: no QUIC, and every host name but 127.0.0.1 fails to resolve.</summary>
    private static readonly string[] ChromiumArgs = ["--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"];

    /// <summary>
    /// How long an action or an expectation may wait. A hang still fails, but a page that is only slow
    /// does not: CI runs these tests beside the load tools' smoke runs (wrk, nginx, a published site) on
    /// two cores, where Playwright's default of 5 s for an expectation is tight.
    /// </summary>
    private const int TimeoutMilliseconds = 30_000;

    private readonly SiteHost host = new();
    private readonly Lazy<string> screenshotFolder = new(NewScreenshotFolder);
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The site's origin, e.g. <c>http://127.0.0.1:43563</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>This run's folder for screenshots: <c>artifacts/screenshots/&lt;timestamp&gt;</c> under the repository root.</summary>
    public string ScreenshotFolder => screenshotFolder.Value;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}, and Playwright must not download one. " +
                "Run ./test.sh (it installs Debian's chromium package), or `apt-get install -y chromium`, or set CHROMIUM_PATH.");
        }

        host.UseKestrel(0);
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = new Uri(addresses.First());
        BaseUrl = $"http://127.0.0.1:{address.Port}";

        Assertions.SetDefaultExpectTimeout(TimeoutMilliseconds);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A new context (its own storage, permissions and settings) with one page, at a 1280×720 desktop size unless told.</summary>
    public async Task<BrowserTab> OpenAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = BaseUrl;
        options.ViewportSize ??= new() { Width = 1280, Height = 720 };
        var context = await browser!.NewContextAsync(options);
        context.SetDefaultTimeout(TimeoutMilliseconds);
        return new BrowserTab(BaseUrl, context, await context.NewPageAsync());
    }

    /// <summary>A context the size of a 375 px wide phone, with touch and no hover.</summary>
    public Task<BrowserTab> OpenPhoneAsync(ColorScheme colorScheme = ColorScheme.Light) => OpenAsync(new()
    {
        ViewportSize = new() { Width = 375, Height = 740 },
        IsMobile = true,
        HasTouch = true,
        ColorScheme = colorScheme,
    });

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        await host.DisposeAsync();
    }

    private static string NewScreenshotFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FrameworkGuide.sln")))
        {
            root = root.Parent;
        }

        var artifacts = Path.Combine(root?.FullName ?? AppContext.BaseDirectory, "artifacts", "screenshots");
        var folder = Path.Combine(artifacts, DateTime.Now.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
