using System.Text;
using System.Text.RegularExpressions;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Discovery;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// The guides' <c>aliases</c> as redirect rules for static servers: an nginx include
/// (<c>location = /old { return 301 /guides/new$is_args$args; }</c>) and a Netlify-style
/// <c>_redirects</c> file (<c>/old /guides/new 301</c>), which Cloudflare Pages reads too.
/// </summary>
public static partial class ExportRedirects
{
    public const string NginxFile = "_redirects.nginx.conf";

    public const string NetlifyFile = "_redirects";

    /// <summary>Each alias, and for an old guide address its <c>.json</c> form, as the live site redirects them.</summary>
    public static IReadOnlyList<ExportRedirect> Of(ContentSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var redirects = new List<ExportRedirect>();
        foreach (var (alias, slug) in set.Aliases.OrderBy(alias => alias.Key, StringComparer.Ordinal))
        {
            // Alias paths are checked by the parser: '/' then a-z, 0-9, '-', '.', '_'. Checked again
            // here, because they are written into server configuration.
            if (!SafePath().IsMatch(alias))
            {
                throw new InvalidOperationException($"alias '{alias}' is not a plain path");
            }

            redirects.Add(new ExportRedirect(alias, "/guides/" + slug));
            if (OldGuide().Match(alias) is { Success: true } old)
            {
                redirects.Add(new ExportRedirect(DiscoveryPaths.GuideJson(old.Groups["slug"].Value), DiscoveryPaths.GuideJson(slug)));
            }
        }

        return redirects;
    }

    public static string Nginx(IEnumerable<ExportRedirect> redirects)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        var text = new StringBuilder("# The guides' old addresses. Include inside the site's server { } block.\n");
        foreach (var redirect in redirects)
        {
            text.Append("location = ").Append(redirect.From).Append(" { return 301 ").Append(redirect.To).Append("$is_args$args; }\n");
        }

        return text.ToString();
    }

    public static string Netlify(IEnumerable<ExportRedirect> redirects)
    {
        ArgumentNullException.ThrowIfNull(redirects);
        var text = new StringBuilder("# The guides' old addresses (Netlify and Cloudflare Pages read this file).\n");
        foreach (var redirect in redirects)
        {
            text.Append(redirect.From).Append(' ').Append(redirect.To).Append(" 301\n");
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^(?:/[a-z0-9][a-z0-9._-]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePath();

    /// <summary>An old guide address, which the guide's data URL follows (<c>DiscoveryPaths.GuideRoute</c>).</summary>
    [GeneratedRegex(@"^/guides/(?<slug>[a-z0-9-]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OldGuide();
}
