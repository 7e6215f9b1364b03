using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Discovery;

/// <summary>From the content model to the published JSON records, with absolute URLs.</summary>
public static class GuideJsonMapping
{
    /// <param name="root">The site's absolute root without a trailing slash.</param>
    public static GuideJson ToJson(this Guide guide, string root)
    {
        var page = root + guide.CanonicalPath;
        return new GuideJson
        {
            Slug = guide.Slug,
            Url = page,
            Title = guide.Title,
            Summary = guide.Summary,
            Updated = guide.Updated,
            Reviewed = guide.Reviewed,
            Author = guide.Author,
            Options = guide.Options.Select(option => new GuideOptionJson(option.Name, ToJson(option.WhenFits))).ToList(),
            Tags = Tags(guide, root),
            QuickAnswer = ToJson(guide.QuickAnswer),
            DecisionTable = guide.DecisionTable is { } table
                ? new DecisionTableJson(
                    table.Headers,
                    table.Rows.Select(row => new DecisionRowJson(row.Id, row.Anchor, row.Need, row.Option, row.IsEither, row.Reason)).ToList())
                : null,
            Sections = guide.Sections.Select(section => ToJson(section)!).ToList(),
            Faq = guide.Faq?.Items.Select(item => new FaqItemJson(item.Id, item.Question, item.AnswerText)).ToList() ?? [],
            Sources = guide.Sources?.Links.Select(link => new SourceJson(link.Title, Absolute(link.Url, page))).ToList() ?? [],
            AboutAuthor = ToJson(guide.AboutAuthor),
            Links = new GuideLinksJson(
                page,
                guide.DecisionTable is null ? null : page + "/decision-table",
                guide.Faq is null ? null : page + "/faq",
                root + DiscoveryPaths.Card(guide.Slug)),
        };
    }

    public static GuideIndexEntryJson ToIndexEntry(this Guide guide, string root) => new(
        guide.Slug,
        guide.Title,
        guide.Summary,
        guide.Updated,
        guide.Options.Select(option => option.Name).ToList(),
        Tags(guide, root),
        root + guide.CanonicalPath,
        root + DiscoveryPaths.GuideJson(guide.Slug));

    private static List<TagJson> Tags(Guide guide, string root) =>
        guide.Tags.Select(tag => new TagJson(tag.Name, tag.Slug, root + DiscoveryPaths.Tag(tag))).ToList();

    /// <summary>
    /// A source link as an absolute URL: editors may link to the site itself with a relative one,
    /// which is resolved against the guide's page. (A path such as <c>/guides/x</c> also parses as an
    /// absolute file URI on Unix, hence the explicit check for a leading slash.)
    /// </summary>
    private static string Absolute(string url, string page) =>
        url.StartsWith('/') || !Uri.TryCreate(url, UriKind.Absolute, out _)
            ? new Uri(new Uri(page), url).AbsoluteUri
            : url;

    private static SectionJson? ToJson(Section? section) =>
        section is null ? null : new SectionJson(section.Id, section.Title, section.Text);
}
