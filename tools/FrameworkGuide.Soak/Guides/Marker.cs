using System.Globalization;
using System.Text.RegularExpressions;

namespace FrameworkGuide.Soak.Guides;

/// <summary>
/// A version marker such as <c>fg0042v0007t</c>: guide 42, version 7, written in the title
/// (<see cref="Place"/>). Every part of a guide file carries one, all of the same version, so a
/// page that shows two versions of one guide was put together from two versions of the file. A
/// broken edit's markers have <c>b</c> in place of <c>v</c>: the site must never serve them. Letters
/// and digits only, so Markdown, HTML, JSON and XML pass it through unchanged.
/// </summary>
internal readonly partial record struct Marker(int GuideId, int Version, bool Broken, char Place)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"fg{GuideId:D4}{(Broken ? 'b' : 'v')}{Version:D4}{Place}");

    /// <summary>Every marker in a page, in order.</summary>
    public static IEnumerable<Marker> FindAll(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            yield return new Marker(
                int.Parse(match.Groups["id"].ValueSpan, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["version"].ValueSpan, CultureInfo.InvariantCulture),
                match.Groups["kind"].ValueSpan[0] == 'b',
                match.Groups["place"].ValueSpan[0]);
        }
    }

    [GeneratedRegex(@"fg(?<id>\d{4,})(?<kind>[vb])(?<version>\d{4,})(?<place>[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
