using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using FrameworkGuide.Soak.Guides;

namespace FrameworkGuide.Soak.Reading;

/// <summary>
/// Checks one answer: its status, that its body is whole and well-formed for its type, and the
/// version markers in it: one version per guide, never a broken edit's, every part the page shows
/// present for the guide it is about, and never older than an answer already seen.
/// </summary>
internal sealed class PageCheck(VersionHistory history)
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> PngEnd => [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    public List<Finding> Check(PageRequest request, HttpResponseMessage response, byte[] body, long sent, long arrived)
    {
        var findings = new List<Finding>();
        var status = (int)response.StatusCode;
        var get = $"GET {request.Path}";
        if (status >= 500)
        {
            findings.Add(new Finding(Problem.ServerError, $"{get} answered {status}"));
        }
        else if (!IsAllowed(request, response.StatusCode))
        {
            findings.Add(new Finding(Problem.UnexpectedStatus, $"{get} answered {status}{(request.Volatile ? "" : " (a guide that is never deleted or renamed)")}"));
        }
        else if (response.StatusCode == HttpStatusCode.MovedPermanently && RedirectProblem(request, response.Headers.Location) is { } redirect)
        {
            findings.Add(new Finding(Problem.BadRedirect, $"{get} redirected to {response.Headers.Location}: {redirect}"));
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (response.StatusCode == HttpStatusCode.OK && !mediaType.Equals(ExpectedMediaType(request.Type), StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new Finding(Problem.WrongContentType, $"{get} answered {mediaType}"));
        }

        var text = CheckBody(get, mediaType, body, findings);
        if (text is not null)
        {
            CheckMarkers(request, status, text, sent, arrived, findings);
        }

        return findings;
    }

    private static bool IsAllowed(PageRequest request, HttpStatusCode status) =>
        status == HttpStatusCode.OK
        || (request.Volatile && status is HttpStatusCode.NotFound or HttpStatusCode.MovedPermanently);

    /// <summary>An old address of a volatile guide leads to the same guide (its id is in the slug).</summary>
    private static string? RedirectProblem(PageRequest request, Uri? location)
    {
        var path = location?.OriginalString.Split('?')[0] ?? "";
        if (!path.StartsWith("/guides/", StringComparison.Ordinal))
        {
            return "not a guide's address";
        }

        var slug = path["/guides/".Length..];
        slug = request.Type == PageType.GuideJson && slug.EndsWith(".json", StringComparison.Ordinal) ? slug[..^".json".Length] : slug;
        return GuideIds.IdOf(slug) == request.GuideId ? null : $"not guide {request.GuideId}'s address";
    }

    private static string ExpectedMediaType(PageType type) => type switch
    {
        PageType.Feed => "application/atom+xml",
        PageType.Sitemap => "application/xml",
        PageType.GuideJson => "application/json",
        PageType.Card => "image/png",
        _ => "text/html",
    };

    /// <summary>Checks the body is whole for its media type.</summary>
    /// <returns>The body as text, to look for markers in; <c>null</c> for images and empty bodies.</returns>
    private static string? CheckBody(string get, string mediaType, byte[] body, List<Finding> findings)
    {
        if (body.Length == 0)
        {
            return null;
        }

        if (mediaType.Equals("image/png", StringComparison.OrdinalIgnoreCase))
        {
            if (!body.AsSpan().StartsWith(PngSignature) || !body.AsSpan().EndsWith(PngEnd))
            {
                findings.Add(new Finding(Problem.Malformed, $"{get}: not a whole PNG ({body.Length} bytes)"));
            }

            return null;
        }

        var text = Encoding.UTF8.GetString(body);
        if (mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        {
            if (!text.AsSpan().TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase))
            {
                findings.Add(new Finding(Problem.TruncatedHtml, $"{get}: the HTML ends with '{Last(text)}' ({body.Length} bytes)"));
            }
        }
        else if (mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var _ = JsonDocument.Parse(body);
            }
            catch (JsonException error)
            {
                findings.Add(new Finding(Problem.Malformed, $"{get}: the JSON does not parse: {error.Message}"));
            }
        }
        else if (mediaType.EndsWith("xml", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                _ = XDocument.Parse(text);
            }
            catch (XmlException error)
            {
                findings.Add(new Finding(Problem.Malformed, $"{get}: the XML does not parse: {error.Message}"));
            }
        }

        return text;
    }

    private void CheckMarkers(PageRequest request, int status, string text, long sent, long arrived, List<Finding> findings)
    {
        var get = $"GET {request.Path}";
        var markers = Marker.FindAll(text).ToList();
        foreach (var broken in markers.Where(marker => marker.Broken).DistinctBy(marker => (marker.GuideId, marker.Version)))
        {
            findings.Add(new Finding(Problem.BrokenVersionServed, $"{get}: shows version {broken.Version} of guide {broken.GuideId}, a broken edit ({broken})"));
        }

        foreach (var guide in markers.Where(marker => !marker.Broken).GroupBy(marker => marker.GuideId))
        {
            var versions = guide.GroupBy(marker => marker.Version).OrderBy(version => version.Key).ToList();
            if (versions.Count > 1)
            {
                var seen = string.Join(" and ", versions.Select(version => $"v{version.Key} (in {Places(version)})"));
                findings.Add(new Finding(Problem.TornPage, $"{get}: guide {guide.Key} shows {seen}"));
            }

            // Search hits come from the search index, which is rebuilt after each reload and may lag by design.
            if (request.Type == PageType.Search)
            {
                continue;
            }

            foreach (var version in versions)
            {
                // A torn page is reported once, as torn, not again as stale.
                if (history.Record(guide.Key, version.Key, sent, arrived) is { } newer && versions.Count == 1)
                {
                    findings.Add(new Finding(Problem.WentBack, $"{get}: shows guide {guide.Key} v{version.Key}, but an answer that arrived before this request was sent had shown v{newer}"));
                }
            }
        }

        if (status == 200 && request.GuideId is { } id && request.Places.Length > 0)
        {
            var own = markers.Where(marker => marker.GuideId == id && !marker.Broken).ToList();
            var missing = request.Places.Where(place => !own.Any(marker => marker.Place == place)).ToArray();
            if (own.Count == 0)
            {
                findings.Add(new Finding(Problem.WrongGuide, $"{get}: shows no marker of guide {id}"));
            }
            else if (missing.Length > 0)
            {
                findings.Add(new Finding(Problem.IncompleteGuide, $"{get}: guide {id} v{own.Max(marker => marker.Version)} lacks the parts {new string(missing)} (shows {Places(own)})"));
            }
        }
    }

    private static string Places(IEnumerable<Marker> markers) => new(markers.Select(marker => marker.Place).Distinct().Order().ToArray());

    private static string Last(string text)
    {
        var end = text.AsSpan().TrimEnd();
        return end[Math.Max(0, end.Length - 40)..].ToString().ReplaceLineEndings(" ");
    }
}
