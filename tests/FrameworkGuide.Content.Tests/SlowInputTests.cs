using System.Diagnostics;
using System.Text;

namespace FrameworkGuide.Content.Tests;

/// <summary>Inputs known to be slow for a markdown parser are answered quickly, with an error or a guide.</summary>
public sealed class SlowInputTests
{
    [Fact]
    public void Parse_RefusesThousandsOfUnclosedLinks_BeforeParsing()
    {
        var text = GuideText.Valid + string.Concat(Enumerable.Repeat("[a](b", 50_000));
        var clock = Stopwatch.StartNew();

        var error = TestGuides.SingleError(TestGuides.Parse(text));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Equal(1, error.Line);
        Assert.StartsWith("the file opens 50,00", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReadsAsManyUnclosedLinksAsTheLimitAllows_InBoundedTime()
    {
        var text = GuideText.Valid + "\n" + string.Concat(Enumerable.Repeat("[a](b", 1_900)) + "\n";
        var clock = Stopwatch.StartNew();

        TestGuides.ParseValid(text);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_ReportsNestingDeeperThanMarkdigAllows_AsAnError()
    {
        var text = GuideText.Valid + "\n" + new string('>', 5_000) + " deep\n";

        var result = TestGuides.Parse(text);

        Assert.Null(result.Guide);
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.IsError && diagnostic.Message.Contains("nested too deeply", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HandlesAYamlAliasBomb_WithoutExpandingIt()
    {
        var bomb = new StringBuilder("---\ntitle: Bomb\noptions: [A, B]\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            bomb.Append(level).Append(": &").Append(level).Append(" [");
            bomb.Append(string.Join(", ", Enumerable.Repeat("*" + (char)(level - 1), 9)));
            bomb.Append("]\n");
        }

        bomb.Append("---\n\nText.\n");
        var clock = Stopwatch.StartNew();

        var result = TestGuides.Parse(bomb.ToString());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic.Message.StartsWith("unknown front matter key 'a'", StringComparison.Ordinal));
    }
}
