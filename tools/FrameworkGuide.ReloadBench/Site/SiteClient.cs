namespace FrameworkGuide.ReloadBench.Site;

/// <summary>An <see cref="HttpClient"/> for the site on loopback: no proxy, no redirects followed, 10 s per request.</summary>
internal static class SiteClient
{
    public static HttpClient Create(Uri address) =>
        new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(10),
        };

    public static Uri GuidePath(string slug) => new("/guides/" + slug, UriKind.Relative);
}
