using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Export;
using FrameworkGuide.Web.Guides;
using FrameworkGuide.Web.Sharing.Cards;

namespace FrameworkGuide.Web.Tests.Export;

public sealed class ExportPlanTests
{
    private static readonly ContentSet Set =
        new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), SiteFixture.ContentPath, TimeProvider.System).LoadAll();

    [Fact]
    public void SharedPartIds_AreEveryPartWithAShareablePageAndACard()
    {
        foreach (var guide in Set.Guides)
        {
            var ids = ExportPlan.SharedPartIds(guide).ToList();
            var expected = new[] { guide.QuickAnswer?.Id, guide.DecisionTable?.Section.Id, guide.Faq?.Section.Id, guide.Sources?.Section.Id, guide.AboutAuthor?.Id }
                .Concat(guide.Options.Select(option => option.WhenFits?.Id))
                .Concat(guide.Sections.Select(section => section.Id))
                .Concat(guide.Faq?.Items.Select(item => item.Id) ?? [])
                .OfType<string>();

            Assert.Equal(expected.Order(StringComparer.Ordinal).Distinct(), ids.Order(StringComparer.Ordinal));
            Assert.All(ids, id => Assert.NotNull(SharedPart.Find(guide, id)));
            Assert.All(ids, id => Assert.NotNull(CardSection.Find(guide, id)));
        }
    }

    [Fact]
    public void For_ListsEachUrlOnce_AndLeavesOutOldAddressesThatRedirect()
    {
        // A static file can lie under a guide's address: it is still one URL.
        var plan = ExportPlan.For(Set, pageSize: 2, ["/css/site.css", "/guides/old-name", CardPaths.For(Set.Guides[0])]).ToList();

        Assert.Equal(plan.Count, plan.Select(item => item.Url).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(new ExportItem("/css/site.css", ExportKind.File), plan);
        Assert.Contains(plan, item => item is { Url: "/page/3", Kind: ExportKind.Page, Listing.PageCount: 3 });
        Assert.DoesNotContain(plan, item => item.Url == "/page/4");
        Assert.DoesNotContain(plan, item => item.Url == "/guides/old-name");
        Assert.Single(plan, item => item.Kind == ExportKind.NotFoundPage);
        Assert.Single(plan, item => item.Url == CardPaths.For(Set.Guides[0]));
    }
}
