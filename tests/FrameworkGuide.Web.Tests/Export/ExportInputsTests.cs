using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Export;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>
/// An update keeps a URL's earlier files unasked when its inputs are unchanged, so whatever changes
/// what a guide's page shows must change its inputs.
/// </summary>
public sealed class ExportInputsTests
{
    private static readonly ContentSet Set =
        new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1_000_000), SiteFixture.ContentPath, TimeProvider.System).LoadAll();

    private static readonly IConfiguration NoSettings = new ConfigurationBuilder().Build();

    private static ExportItem Faq => new("/guides/flask-vs-django/faq", ExportKind.Page) { Guide = Set.BySlug["flask-vs-django"] };

    [Fact]
    public void Inputs_ChangeOnTheDayTheGuideIsDueForReview()
    {
        // flask-vs-django was updated on 2026-06-02 and has no review date: due 365 days later.
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 6, 2, 12, 0, 0, TimeSpan.Zero));
        var inputs = new ExportInputs(Set, new ContentRules(clock), NoSettings, []);
        var lastDayFresh = inputs.For(Faq);

        clock.Advance(TimeSpan.FromHours(6));
        Assert.Equal(lastDayFresh, inputs.For(Faq));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.NotEqual(lastDayFresh, inputs.For(Faq));
    }

    [Fact]
    public void Inputs_ChangeWithAnySetting_AndWithTheAssetsThePagesLinkTo()
    {
        var plain = new ExportInputs(Set, ContentRules.Default, NoSettings, ["/css/site.aaaa.css"]).For(Faq);
        var setting = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Guide:SiteName"] = "Stack Choices" }).Build();

        Assert.NotNull(plain);
        Assert.NotEqual(plain, new ExportInputs(Set, ContentRules.Default, setting, ["/css/site.aaaa.css"]).For(Faq));
        Assert.NotEqual(plain, new ExportInputs(Set, ContentRules.Default, NoSettings, ["/css/site.bbbb.css"]).For(Faq));
    }

    [Fact]
    public void Inputs_StayTheSame_WhenOnlyTheLogMemoryOrParseCacheSettingsChange()
    {
        var plain = new ExportInputs(Set, ContentRules.Default, NoSettings, ["/css/site.aaaa.css"]).For(Faq);
        var louder = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Debug",
            ["serilog:WriteTo:0:Args:configure:0:Args:outputTemplate"] = "[{Timestamp:HH:mm:ss.fff}] {Message:lj}{NewLine}",
            ["Logging:LogLevel:Default"] = "Trace",
            ["Memory:TrimWhenIdle"] = "false",
            ["memory:TrimAboveMiB"] = "16",
            ["Guide:ParseCachePath"] = "/var/cache/frameworkguide",
        }).Build();

        Assert.Equal(plain, new ExportInputs(Set, ContentRules.Default, louder, ["/css/site.aaaa.css"]).For(Faq));
    }

    [Fact]
    public void Inputs_OfAPageOfAList_ChangeWithItsGuides_ItsTagsName_AndTheNumberOfPages()
    {
        var inputs = new ExportInputs(Set, ContentRules.Default, NoSettings, []);
        GuideListing[] listings =
        [
            new([Set.BySlug["flask-vs-django"], Set.BySlug["jinja-vs-mako"]], "python", 2),
            new([Set.BySlug["jinja-vs-mako"], Set.BySlug["flask-vs-django"]], "python", 2),
            new([Set.BySlug["flask-vs-django"]], "python", 2),
            new([Set.BySlug["flask-vs-django"], Set.BySlug["jinja-vs-mako"]], "Python", 2),
            new([Set.BySlug["flask-vs-django"], Set.BySlug["jinja-vs-mako"]], "python", 3),
        ];

        var made = listings.Select(listing => inputs.For(new ExportItem("/tags/python", ExportKind.Page) { Listing = listing })).ToList();

        Assert.All(made, each => Assert.NotNull(each));
        Assert.Equal(listings.Length, made.Distinct().Count());
        Assert.Equal(made[0], inputs.For(new ExportItem("/tags/python", ExportKind.Page) { Listing = listings[0] with { } }));
    }

    [Fact]
    public void Inputs_AreUnknown_ForAPageOfTheWholeSet_AndForAGuideNotReadFromAFile()
    {
        var inputs = new ExportInputs(Set, ContentRules.Default, NoSettings, []);
        var parsed = new GuideParser(new GuideMarkdown()).Parse("flask-vs-django.md", File.ReadAllText(Path.Combine(SiteFixture.ContentPath, "flask-vs-django.md"))).Guide!;

        Assert.Null(inputs.For(new ExportItem("/", ExportKind.Page)));
        Assert.Null(inputs.For(new ExportItem("/tags", ExportKind.Page)));
        Assert.Null(inputs.For(Faq with { Guide = parsed }));
        Assert.Null(inputs.For(new ExportItem("/tags/python", ExportKind.Page) { Listing = new([parsed], "python", 1) }));
        Assert.NotNull(inputs.For(Faq));
    }
}
