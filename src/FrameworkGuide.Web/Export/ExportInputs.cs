using System.IO.Hashing;
using System.Text.Encodings.Web;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Caching;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Guides;
using FrameworkGuide.Web.Memory;
using FrameworkGuide.Web.Sharing.Cards;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// What a URL's answer is made from, as a hash known without asking the site for it. An update keeps
/// the earlier export's files of a URL whose inputs are the ones recorded with them and does not ask
/// for it at all: at 10,000 guides, rendering every page again to find the few that changed was most
/// of an update's time.
/// <para>
/// A guide's own URLs (<see cref="ExportItem.Guide"/>) are made from the guide as read from its
/// file (<see cref="Guide.SourceHash"/> and path), whether it shows as due for review today, and
/// the related guides its comparison page lists, chosen again from the current guides; a page of a
/// list (<see cref="ExportItem.Listing"/>) from the guides on it, its tag's name and the number of
/// pages. Both are also made from the site: the build (every assembly that parses, renders or
/// draws), the static asset names the pages link to, and every setting but the log's, the
/// memory's and the parse cache's folder. The first page, the list of tags, the feed, the sitemap
/// and the data of all guides show the whole content set and are always asked for; so is a URL
/// that shows a guide not read from a file.
/// </para>
/// </summary>
public sealed class ExportInputs
{
    private readonly ContentSet set;
    private readonly ContentRules rules;
    private readonly byte[] site;

    [ThreadStatic]
    private static XxHash128? reused;

    /// <param name="configuration">Every setting of the exported site: one that is a section's key (with a ':') is part of the inputs.</param>
    /// <param name="assetUrls">The static assets' URLs, fingerprinted: a changed stylesheet changes every page that links to it.</param>
    public ExportInputs(ContentSet set, ContentRules rules, IConfiguration configuration, IEnumerable<string> assetUrls)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(assetUrls);
        this.set = set;
        this.rules = rules;
        site = SiteStamp(configuration, assetUrls);
    }

    /// <summary>The inputs of <paramref name="item"/>'s answer; <c>null</c> when they cannot be known without asking for it.</summary>
    public Hash128? For(ExportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Listing is { } listing)
        {
            return For(item.Url, listing);
        }

        if (item.Guide is not { } guide || guide.SourceHash == default)
        {
            return null;
        }

        var hash = Start();
        hash.AppendText(item.Url);
        Append(hash, guide);
        hash.Append([rules.Today is { } today && rules.IsStale(guide.LastChecked, today) ? (byte)1 : (byte)0]);
        if (item.ShowsRelated)
        {
            var related = RelatedGuides.For(guide, set);
            if (related.Any(other => other.SourceHash == default))
            {
                return null;
            }

            hash.AppendNumber(related.Count);
            foreach (var other in related)
            {
                Append(hash, other);
            }
        }

        return Hash128.Of(hash);
    }

    private Hash128? For(string url, GuideListing listing)
    {
        if (listing.Guides.Any(guide => guide.SourceHash == default))
        {
            return null;
        }

        var hash = Start();
        hash.AppendText(url);
        hash.AppendText(listing.Heading);
        hash.AppendNumber(listing.PageCount);
        hash.AppendNumber(listing.Guides.Count);
        foreach (var guide in listing.Guides)
        {
            Append(hash, guide);
        }

        return Hash128.Of(hash);
    }

    /// <summary>This thread's hash, reset, with the site's stamp in it: one per thread rather than one per URL (290,000 at 10,000 guides).</summary>
    private XxHash128 Start()
    {
        var hash = reused ??= new XxHash128();
        hash.Reset();
        hash.Append(site);
        return hash;
    }

    private static byte[] SiteStamp(IConfiguration configuration, IEnumerable<string> assetUrls)
    {
        var hash = new XxHash128();
        // What parses a guide, what draws a card (this assembly with SkiaSharp), and what renders a page.
        hash.AppendText(ParseCache.BuildKey);
        hash.Append(CardTag.Build);
        Type[] renderers = [typeof(Controller), typeof(HtmlEncoder)];
        foreach (var assembly in renderers.Select(type => type.Assembly))
        {
            hash.Append(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }

        foreach (var url in assetUrls.Order(StringComparer.Ordinal))
        {
            hash.AppendText(url);
        }

        // The environment's own variables (PATH, HOME, …) are top-level keys and change no page; nor
        // do the log's, the memory's or where the parse cache is kept, and a louder log for one run
        // must not ask for every URL again.
        foreach (var (key, value) in configuration.AsEnumerable().Where(setting => setting.Key.Contains(':', StringComparison.Ordinal) && !ChangesNoPage(setting.Key)).OrderBy(setting => setting.Key, StringComparer.Ordinal))
        {
            hash.AppendText(key);
            hash.AppendText(value);
        }

        return hash.GetCurrentHash();
    }

    private static bool ChangesNoPage(string key) =>
        key.StartsWith("Serilog:", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Logging:", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(MemoryOptions.SectionName + ":", StringComparison.OrdinalIgnoreCase)
        || key.Equals(GuideOptions.SectionName + ":" + nameof(GuideOptions.ParseCachePath), StringComparison.OrdinalIgnoreCase);

    private static void Append(XxHash128 hash, Guide guide)
    {
        hash.AppendText(guide.SourcePath);
        Span<byte> source = stackalloc byte[16];
        guide.SourceHash.WriteTo(source);
        hash.Append(source);
    }
}
