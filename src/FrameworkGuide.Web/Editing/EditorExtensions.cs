namespace FrameworkGuide.Web.Editing;

public static class EditorExtensions
{
    private static readonly Lazy<string> LiveReloadScript = new(() =>
    {
        using var stream = typeof(EditorExtensions).Assembly.GetManifestResourceStream("FrameworkGuide.Web.Editing.live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// In Development only: the live-reload event stream and its script. Nothing of this is
    /// mapped in other environments.
    /// </summary>
    public static WebApplication MapEditor(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        app.MapGet("/_editor/events", (ContentEvents events, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(events.ListenAsync(cancellationToken), eventType: "reload"));
        app.MapGet("/_editor/live-reload.js", () => TypedResults.Text(LiveReloadScript.Value, "text/javascript; charset=utf-8"));
        return app;
    }
}
