using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Sharing.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkGuide.Web.Tests.Cards;

public sealed class GuideCardContentTests(SiteFixture site)
{
    private Guide FlaskGuide => site.Services.GetRequiredService<ContentStore>().Current.BySlug["flask-vs-django"];

    [Fact]
    public void GuideCard_SaysTitleOptionsAndTheQuickAnswersFirstSentence()
    {
        var content = GuideCardContent.For(FlaskGuide, "FrameworkGuide");

        Assert.Null(content.Kicker);
        Assert.Equal("Flask vs Django", content.Title);
        Assert.Equal(["Flask", "Django"], content.Chips);
        Assert.Equal(
            "Pick Flask for a small service, a prototype, an API, an internal tool with a narrow job, or any project where you want to choose each component yourself.",
            content.Text);
        Assert.Equal("FrameworkGuide", content.Footer);
    }

    [Fact]
    public void GuideCard_WithoutAQuickAnswer_SaysTheSummary()
    {
        var content = GuideCardContent.For(FlaskGuide with { QuickAnswer = null }, "FrameworkGuide");

        Assert.Equal(FlaskGuide.Summary, content.Text);
    }

    [Fact]
    public void FaqQuestionCard_SaysTheQuestionAndTheAnswersFirstSentence()
    {
        var section = CardSection.Find(FlaskGuide, "is-flask-easier-than-django");

        var content = GuideCardContent.For(FlaskGuide, section!, "FrameworkGuide");

        Assert.Equal("Flask vs Django", content.Kicker);
        Assert.Equal("Is Flask easier than Django?", content.Title);
        Assert.Equal("Flask is easier to start with, because there is less to learn before your first page works.", content.Text);
        Assert.Empty(content.Chips);
    }

    [Theory]
    [InlineData("quick-answer", "Quick Answer")]
    [InlineData("decision-table", "Decision Table")]
    [InlineData("when-flask-fits", "When Flask Fits")]
    [InlineData("can-you-switch-later", "Can You Switch Later?")]
    [InlineData("faq", "FAQ")]
    [InlineData("which-framework-is-better-for-beginners", "Which framework is better for beginners?")]
    [InlineData("sources-checked", "Sources Checked")]
    [InlineData("about-the-author", "About the Author")]
    public void Find_KnowsEveryPartOfTheGuide(string id, string title)
    {
        var section = CardSection.Find(FlaskGuide, id);

        Assert.NotNull(section);
        Assert.Equal(id, section.Id);
        Assert.Equal(title, section.Title);
    }

    [Theory]
    [InlineData("no-such-section")]
    [InlineData("need-small-api-or-proof-of-concept")]
    [InlineData("QUICK-ANSWER")]
    [InlineData("")]
    public void Find_IsNull_ForAnythingElse(string id) => Assert.Null(CardSection.Find(FlaskGuide, id));
}
