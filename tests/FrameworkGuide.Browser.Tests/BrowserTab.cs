using Microsoft.Playwright;

namespace FrameworkGuide.Browser.Tests;

/// <summary>
/// One browser context and its page, noting what a reader's browser would complain about:
/// console errors, script errors, failed requests and error responses.
/// </summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly List<string> problems = [];
    private readonly string baseUrl;
    private string? expectedErrorUrl;

    public BrowserTab(string baseUrl, IBrowserContext context, IPage page)
    {
        this.baseUrl = baseUrl;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // A failed load is also reported as a response or a failed request below, where a deliberate 404 can be told apart.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource:", StringComparison.Ordinal))
            {
                Note($"console error: {message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => Note($"uncaught script error: {error}");
        page.RequestFailed += (_, request) => Note($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != expectedErrorUrl)
            {
                Note($"error response: {response.Status} for {response.Request.Method} {response.Url}");
            }
        };
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Everything noted so far, one line each.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. problems];
            }
        }
    }

    /// <summary>Opens a site path and asserts the status of the page itself; an expected error status is not noted as a problem.</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200, WaitUntilState waitUntil = WaitUntilState.Load)
    {
        expectedErrorUrl = expectedStatus >= 400 ? baseUrl + path : null;
        var response = await Page.GotoAsync(path, new() { WaitUntil = waitUntil })
            ?? throw new InvalidOperationException($"No response for {path}");
        Assert.True(response.Status == expectedStatus, $"GET {path}: expected {expectedStatus}, got {response.Status}.");
        return response;
    }

    public ValueTask DisposeAsync() => new(Context.CloseAsync());

    private void Note(string problem)
    {
        lock (gate)
        {
            problems.Add(problem);
        }
    }
}
