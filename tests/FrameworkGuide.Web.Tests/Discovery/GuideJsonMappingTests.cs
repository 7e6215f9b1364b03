using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Discovery;

namespace FrameworkGuide.Web.Tests.Discovery;

public sealed class GuideJsonMappingTests
{
    private const string Root = "https://guides.example.org";

    [Theory]
    [InlineData("https://flask.palletsprojects.com/", "https://flask.palletsprojects.com/")]
    [InlineData("mailto:editors@example.org", "mailto:editors@example.org")]
    [InlineData("/guides/flask-vs-django#faq", "https://guides.example.org/guides/flask-vs-django#faq")]
    [InlineData("flask-vs-django/faq", "https://guides.example.org/guides/flask-vs-django/faq")]
    [InlineData("#sources-checked", "https://guides.example.org/guides/jinja-vs-mako#sources-checked")]
    public void ToJson_GivesEverySourceAnAbsoluteUrl(string written, string expected)
    {
        var guide = new Guide
        {
            Slug = "jinja-vs-mako",
            SourcePath = "jinja-vs-mako.md",
            Title = "Jinja vs Mako",
            Options = [new GuideOption("Jinja", null), new GuideOption("Mako", null)],
            Sources = new SourceList(new Section("sources-checked", "Sources Checked", "Sources Checked", "", 1), [new SourceLink("A source", written)]),
        };

        var json = guide.ToJson(Root);

        Assert.Equal(expected, Assert.Single(json.Sources).Url);
    }
}
