using FrameworkGuide.Web.Discovery;

namespace FrameworkGuide.Web.Tests.Discovery;

public sealed class XmlTextTests
{
    [Theory]
    [InlineData("Flask vs Django", "Flask vs Django")]
    [InlineData("tab\tnew line\ncarriage return\r", "tab\tnew line\ncarriage return\r")]
    [InlineData("<b>&amp;</b>", "<b>&amp;</b>")]
    [InlineData("\u0000null\u0001start\u001Fend", "nullstartend")]
    [InlineData("ends with bell\u0007", "ends with bell")]
    [InlineData("not characters\uFFFE\uFFFF", "not characters")]
    [InlineData("é, 中 and \u0085", "é, 中 and \u0085")]
    public void Clean_DropsOnlyCharactersXmlCannotCarry(string text, string expected)
    {
        Assert.Equal(expected, XmlText.Clean(text));
    }

    [Fact]
    public void Clean_KeepsSurrogatePairs_AndDropsLoneSurrogates()
    {
        const string emoji = "\uD83D\uDE80";

        Assert.Equal("rocket " + emoji, XmlText.Clean("rocket " + emoji));
        Assert.Equal("lone high, lone low", XmlText.Clean("lone high\uD83D, lone low\uDE80"));
        Assert.Equal("reversed ", XmlText.Clean("reversed \uDE80\uD83D"));
    }

    [Fact]
    public void Clean_ReturnsTheSameString_WhenNothingNeedsDropping()
    {
        var text = "Nothing to drop here.";

        Assert.Same(text, XmlText.Clean(text));
    }
}
