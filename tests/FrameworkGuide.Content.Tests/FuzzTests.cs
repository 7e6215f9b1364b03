using System.Diagnostics;
using System.Text;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Tests;

/// <summary>
/// Random and mutated guides, seeded from a real guide and hostile fragments, through
/// parse → validate → render: no exception escapes, the output stays inert, and each input
/// is handled in bounded time. <c>FUZZ_ITERATIONS</c> runs longer (the CI run is short).
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))",
        "[x](&#x6A;avascript:alert(1))", "![x](vbscript:msgbox)", "<javascript:alert(1)>", "[x](data:text/html,<script>alert(1)</script>)",
        "{onclick=alert(1)}", "# T {onclick=\"alert(1)\"}", "![v](https://www.youtube.com/watch?v=x)", "</script><!--", "]]>",
        "---", "| a | b |", "|---|", ">>>>>>>>>>", "- - - - -", "```", "~~~", "***", "[a](b", "\u0000", "\u202e", "\uFEFF", "\r\n", "\t",
        "title: x", "options: [", "&&", "*alias", "&anchor", "<!--", "<<<", "\\", "[ref]: javascript:alert(1)", "[ref]",
    ];

    [Fact]
    public void Parse_KeepsEveryMutatedGuideInertAndBounded()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ITERATIONS"), out var n) ? n : 400;
        var parser = new GuideParser(new GuideMarkdown());
        var random = new Random(20261125);
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < iterations; i++)
        {
            var text = Mutate(GuideText.Valid, random);
            var clock = Stopwatch.StartNew();
            ParseResult result;
            try
            {
                result = parser.Parse("fuzz.md", text);
            }
            catch (Exception error)
            {
                Assert.Fail($"iteration {i} threw {error.GetType().Name}: {error.Message}\n--- input ---\n{text}");
                return;
            }

            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"iteration {i} took {clock.Elapsed}");
            Assert.All(result.Diagnostics, diagnostic => Assert.InRange(diagnostic.Line, 1, text.Split('\n').Length + 1));
            if (result.Guide is { } guide)
            {
                AssertInert(RenderedHtml.Document(guide), i, text);
            }
        }
    }

    private static void AssertInert(AngleSharp.Dom.IDocument document, int iteration, string text)
    {
        var dangerous = document.All
            .Where(element => element.LocalName is "script" or "iframe" or "object" or "embed" or "style" or "base" or "form"
                || element.Attributes.Any(attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || ((attribute.Name is "href" or "src") && !SafeUrl.IsAllowed(attribute.Value))))
            .Select(element => element.OuterHtml)
            .ToList();
        Assert.True(dangerous.Count == 0, $"iteration {iteration} produced {string.Join(", ", dangerous)}\n--- input ---\n{text}");
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = random.Next(1, 12);
        for (var e = 0; e < edits; e++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(5))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(random.Next(1, 40), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 2:
                    builder.Insert(at, (char)random.Next(0, 0x3000));
                    break;
                case 3 when builder.Length > 10:
                    var from = random.Next(builder.Length - 10);
                    builder.Insert(at, builder.ToString(from, Math.Min(random.Next(1, 200), builder.Length - from)));
                    break;
                default:
                    builder.Insert(at, "\n" + Fragments[random.Next(Fragments.Length)] + "\n");
                    break;
            }
        }

        return builder.ToString();
    }
}
