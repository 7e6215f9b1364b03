namespace FrameworkGuide.Content.Tests;

/// <summary>The long texts of a guide are kept as UTF-8 bytes; they must read back as the strings they were made from.</summary>
public class Utf8TextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII text.")]
    [InlineData("Ünïcödé — “quotes”, 日本語 and 🙂")]
    public void Utf8Text_GivesBackTheStringItWasMadeFrom(string text)
    {
        Model.Utf8Text kept = text;

        Assert.Equal(text, kept.ToString());
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), kept.Bytes.Length);
        Assert.Equal(text.Length == 0, kept.IsEmpty);
    }

    [Fact]
    public void Utf8Text_TakesHalfTheMemoryOfAString_ForAsciiText()
    {
        Model.Utf8Text kept = new string('a', 4096);

        Assert.Equal(4096, kept.Bytes.Length); // a string of it holds 8,192 bytes of UTF-16
    }

    [Fact]
    public void Utf8Text_IsEqualByItsBytes_AndDefaultIsEmpty()
    {
        Model.Utf8Text first = "<p>Same</p>";
        Model.Utf8Text second = "<p>Same</p>";

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, (Model.Utf8Text)"<p>Other</p>");
        Assert.Equal(Model.Utf8Text.Empty, (Model.Utf8Text)"");
        Assert.Equal("", default(Model.Utf8Text).ToString());
    }
}
