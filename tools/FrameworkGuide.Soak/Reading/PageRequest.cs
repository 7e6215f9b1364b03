namespace FrameworkGuide.Soak.Reading;

/// <summary>One request a reader makes, with what its answer must show.</summary>
/// <param name="GuideId">The guide the page is about, for guide pages.</param>
/// <param name="Volatile">The guide may have been renamed (301) or deleted (404) meanwhile.</param>
/// <param name="Places">The places (<see cref="Guides.Place"/>) whose markers a 200 answer must show for <paramref name="GuideId"/>.</param>
internal sealed record PageRequest(PageType Type, string Path, int? GuideId = null, bool Volatile = false, string Places = "")
{
    public Uri Uri => new(Path, UriKind.Relative);
}
