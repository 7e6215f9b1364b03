using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Guides;

namespace FrameworkGuide.Web.Tests.Guides;

/// <summary>The guides a comparison page suggests next, among many that share its tags.</summary>
public sealed class RelatedGuidesTests
{
    private static readonly Guide Template =
        new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1_000_000), SiteFixture.ContentPath, TimeProvider.System).LoadAll().BySlug["flask-vs-django"];

    private static readonly Tag[] Tags = [new("Python", "python"), new("APIs", "apis"), new("Comparisons", "comparisons"), new("Backend", "backend")];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void For_IsTheBestByTagsSharedThenDateThenTitle_InTheOrderTheTagsListThem(int seed)
    {
        var random = new Random(seed);
        // Few dates and titles, so that many guides tie on one or all three.
        var guides = Enumerable.Range(0, 300).Select(i => Template with
        {
            Slug = $"guide-{i:000}",
            SourcePath = $"guide-{i:000}.md",
            Title = $"Guide {(char)('A' + random.Next(4))}",
            Updated = random.Next(5) == 0 ? null : new DateOnly(2026, 1 + random.Next(3), 1),
            // In any order: the order first met depends on it.
            Tags = Tags.Where(_ => random.Next(2) == 0).OrderBy(_ => random.Next()).ToList(),
        }).ToList();
        var set = ContentSetBuilder.Build(guides.Select(guide => (guide.SourcePath, new ParseResult(guide, []))), TimeSpan.Zero);

        // A guide's copy that is not in the set (as a reload makes) is related to the guide itself.
        foreach (var guide in set.Guides.Take(40).SelectMany(guide => new[] { guide, guide with { } }))
        {
            for (var count = 0; count <= 5; count++)
            {
                Assert.Equal(Expected(guide, set, count), RelatedGuides.For(guide, set, count));
            }
        }
    }

    [Fact]
    public void For_BreaksTiesInTheOrderOfTheGuidesOwnTags_ForGuidesWithTheSameTagsInAnotherOrder()
    {
        // Arrange: a and b tie on everything but the tag they share with the two guides.
        Guide Make(string slug, params Tag[] tags) => Template with { Slug = slug, SourcePath = slug + ".md", Title = "Same title", Updated = new DateOnly(2026, 1, 1), Tags = tags };
        var set = ContentSetBuilder.Build(
            new[] { Make("a", Tags[0]), Make("b", Tags[1]), Make("first-python", Tags[0], Tags[1]), Make("first-apis", Tags[1], Tags[0]) }
                .Select(guide => (guide.SourcePath, new ParseResult(guide, []))),
            TimeSpan.Zero);

        // Act
        var pythonFirst = RelatedGuides.For(set.BySlug["first-python"], set, 2);
        var apisFirst = RelatedGuides.For(set.BySlug["first-apis"], set, 2);

        // Assert
        Assert.Equal(["first-apis", "a"], pythonFirst.Select(guide => guide.Slug));
        Assert.Equal(["first-python", "b"], apisFirst.Select(guide => guide.Slug));
    }

    /// <summary>The whole candidate list, sorted stably: what the page showed before the one-pass pick.</summary>
    private static List<Guide> Expected(Guide guide, ContentSet set, int count)
    {
        var shared = new Dictionary<Guide, int>(ReferenceEqualityComparer.Instance);
        foreach (var other in guide.Tags.SelectMany(tag => set.FindTag(tag.Slug)?.Guides ?? []).Where(other => !ReferenceEquals(other, guide)))
        {
            shared[other] = shared.GetValueOrDefault(other) + 1;
        }

        return shared
            .OrderByDescending(pair => pair.Value)
            .ThenByDescending(pair => pair.Key.Updated ?? DateOnly.MinValue)
            .ThenBy(pair => pair.Key.Title, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(pair => pair.Key)
            .ToList();
    }
}
