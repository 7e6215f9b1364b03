using System.Net;

namespace FrameworkGuide.Soak.Site;

/// <summary>
/// <see cref="HttpClient"/>s for the site on loopback: no proxy, no redirects followed (a redirect is
/// an answer to check), 10 s per request. One asks for Brotli or gzip and decompresses, as browsers
/// do, so the site's compressed copies are checked; the other takes the plain bodies.
/// </summary>
internal static class SiteClient
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static HttpClient Create(Uri address, bool compressed) =>
        new(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = compressed ? DecompressionMethods.Brotli | DecompressionMethods.GZip : DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        })
        {
            BaseAddress = address,
            Timeout = Timeout,
        };
}
