using AngleSharp.Dom;

namespace FrameworkGuide.Content.Tests;

/// <summary>Guide files are untrusted: nothing in them may run in a reader's browser.</summary>
public class UnsafeContentTests
{
    /// <summary>Where hostile text is put: the valid guide with one piece replaced ({0} is the hostile text).</summary>
    private static readonly Dictionary<string, (string Old, string New)> Places = new()
    {
        ["introduction"] = ("Flask and Django are the two Python web frameworks most teams weigh first.", "Intro {0} end."),
        ["section heading"] = ("## Can You Switch Later?", "## Switch {0} later"),
        ["need cell"] = ("| Internal admin tool |", "| Internal {0} tool |"),
        ["reason cell"] = ("| Less overhead. |", "| Less {0} overhead. |"),
        ["faq question"] = ("### Is Flask easier than Django?", "### Is {0} easier?"),
        ["faq answer"] = ("At first.", "At first {0} and later."),
        ["list item"] = ("Yes, but it is rarely a rename.", "- one {0}\n- two"),
        ["quote"] = ("Users, models, admin.", "> Quoted {0} text."),
        ["sources"] = ("- [Django documentation](https://docs.djangoproject.com/)", "- {0}\n- [Django documentation](https://docs.djangoproject.com/)"),
    };

    /// <summary>Unsafe links, each with the text a reader should still see.</summary>
    private static readonly Dictionary<string, (string Markdown, string VisibleText)> UnsafeLinks = new()
    {
        ["javascript"] = ("[click me](javascript:alert(1))", "click me"),
        ["mixed case"] = ("[click me](JaVaScRiPt:alert(1))", "click me"),
        ["tab in scheme"] = ("[click me](<java\tscript:alert(1)>)", "click me"),
        ["entity tab in scheme"] = ("[click me](java&#9;script:alert(1))", "click me"),
        ["entity-encoded letter"] = ("[click me](&#x6A;avascript:alert(1))", "click me"),
        ["entity-encoded colon"] = ("[click me](javascript&colon;alert(1))", "click me"),
        ["leading space"] = ("[click me](< javascript:alert(1)>)", "click me"),
        ["vbscript"] = ("[click me](vbscript:msgbox(1))", "click me"),
        ["data html"] = ("[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "click me"),
        ["reference link"] = ("[click me][evil]", "click me"),
        ["collapsed reference"] = ("[evil][]", "evil"),
        ["image"] = ("![click me](javascript:alert(1))", "click me"),
        ["data image"] = ("![click me](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "click me"),
        ["reference image"] = ("![click me][evil]", "click me"),
        ["autolink"] = ("<javascript:alert(1)>", "javascript:alert(1)"),
        ["bare ftp link"] = ("ftp://example.com/file", "ftp://example.com/file"),
    };

    /// <summary>Raw HTML, each with a CSS selector that must find nothing if it was escaped.</summary>
    private static readonly Dictionary<string, (string Html, string Selector)> RawHtml = new()
    {
        ["script"] = ("<script>alert(1)</script>", "script"),
        ["img onerror"] = ("<img src=x onerror=alert(1)>", "img[onerror]"),
        ["svg onload"] = ("<svg onload=alert(1)>", "svg"),
        ["iframe"] = ("<iframe src=\"https://evil.example\"></iframe>", "iframe"),
        ["anchor"] = ("<a href=\"javascript:alert(1)\">x</a>", "a[href^='javascript']"),
        ["style"] = ("<style>body{display:none}</style>", "style"),
    };

    public static TheoryData<string, string> UnsafeLinkInEveryPlace() => Cross(UnsafeLinks.Keys);

    public static TheoryData<string, string> RawHtmlInEveryPlace() => Cross(RawHtml.Keys);

    [Theory]
    [MemberData(nameof(UnsafeLinkInEveryPlace))]
    public void Parse_RemovesUnsafeUrl_AndKeepsTheLinkText(string link, string place)
    {
        // Arrange
        var (markdown, visibleText) = UnsafeLinks[link];
        var text = Hostile(place, markdown);

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.True(result.Guide is not null, TestGuides.Describe(result.Diagnostics));
        var document = RenderedHtml.Document(result.Guide);
        AssertNothingRuns(document);
        Assert.Contains(visibleText, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, diagnostic => !diagnostic.IsError
            && diagnostic.Message.StartsWith("link to '", StringComparison.Ordinal)
            && diagnostic.Message.EndsWith("was removed: only http, https, mailto and relative links are allowed", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RawHtmlInEveryPlace))]
    public void Parse_EscapesRawHtml_SoReadersSeeItAsText(string html, string place)
    {
        // Arrange
        var (markup, selector) = RawHtml[html];
        var text = Hostile(place, markup);

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        var document = RenderedHtml.Document(guide);
        Assert.Empty(document.QuerySelectorAll(selector));
        AssertNothingRuns(document);
        Assert.Contains(markup.Split('>')[0], document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EscapesScriptTag_InEveryHtmlProperty()
    {
        // Arrange: a script in every place at once.
        var text = GuideText.Valid;
        foreach (var (old, replacement) in Places.Values)
        {
            text = GuideText.Replace(text, old, string.Format(System.Globalization.CultureInfo.InvariantCulture, replacement, "<script>alert(1)</script>"));
        }

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        const string Escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        var section = Assert.Single(guide.Sections);
        var table = guide.DecisionTable!;
        var question = guide.Faq!.Items[0];
        string[] escapedParts =
        [
            guide.IntroductionHtml,
            section.TitleHtml,
            section.Html,
            table.Rows[1].NeedHtml,
            table.Rows[0].ReasonHtml,
            question.QuestionHtml,
            question.AnswerHtml,
            guide.FindOption("Django")!.WhenFits!.Html,
            guide.Sources!.Section.Html,
        ];
        Assert.All(escapedParts, html => Assert.Contains(Escaped, html, StringComparison.Ordinal));
        var parts = RenderedHtml.Parts(guide).ToList();
        Assert.All(parts, part => Assert.DoesNotContain("<script", part.Html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Parse_EscapesHtmlBlock_StartingALine()
    {
        // Arrange
        var text = GuideText.With("Flask and Django are", "<script>\nalert(1)\n</script>\n\n<div onclick=\"alert(1)\">Hi</div>\n\n<!-- editor note -->\n\nFlask and Django are");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        var document = RenderedHtml.Parse(guide.IntroductionHtml);
        Assert.Empty(document.QuerySelectorAll("script, div"));
        AssertNothingRuns(document);
        Assert.Contains("&lt;script&gt;", guide.IntroductionHtml, StringComparison.Ordinal);
        Assert.Contains("<!-- editor note -->", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WarnsAtTheLineOfTheUnsafeLink()
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", "APIs and\nprototypes, see [this](javascript:alert(1)).");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(26, warning.Line);
        Assert.Equal("link to 'javascript:alert(1)' was removed: only http, https, mailto and relative links are allowed", warning.Message);
        Assert.Equal("<p>APIs and\nprototypes, see this.</p>", result.Guide!.FindOption("Flask")!.WhenFits!.Html);
    }

    [Fact]
    public void Parse_KeepsFormattingOfTheLinkText_WhenTheUrlIsRemoved()
    {
        // Arrange
        var text = GuideText.With("At first.", "At [first **really**](javascript:alert(1)).");

        // Act
        var answer = TestGuides.ParseValid(text).Faq!.Items[0].AnswerHtml;

        // Assert
        Assert.Equal("<p>At first <strong>really</strong>.</p>", answer);
    }

    [Fact]
    public void Parse_ShowsAltTextOnce_WhenAnUnsafeImageIsRemoved()
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", "See ![request flow](javascript:alert(1)) here.");

        // Act
        var html = TestGuides.ParseValid(text).FindOption("Flask")!.WhenFits!.Html;

        // Assert
        Assert.Equal("<p>See request flow here.</p>", html);
    }

    [Fact]
    public void Parse_RemovesBothUrls_WhenAnUnsafeImageIsInsideAnUnsafeLink()
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", "[![logo](javascript:alert(1))](javascript:alert(2))");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var html = result.Guide!.FindOption("Flask")!.WhenFits!.Html;
        AssertNothingRuns(RenderedHtml.Parse(html));
        Assert.Equal("<p>logo</p>", html);
        Assert.Equal(2, result.Diagnostics.Count(diagnostic => diagnostic.Message.StartsWith("link to 'javascript:", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_KeepsSafeImage_WhenItIsInsideAnUnsafeLink()
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", "[![logo](https://flask.palletsprojects.com/logo.png)](javascript:alert(1))");

        // Act
        var html = TestGuides.ParseValid(text).FindOption("Flask")!.WhenFits!.Html;

        // Assert
        var document = RenderedHtml.Parse(html);
        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal("https://flask.palletsprojects.com/logo.png", document.QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void Parse_DropsUnsafeSource_FromTheSourcesList()
    {
        // Arrange
        var text = GuideText.With("- [Flask documentation](https://flask.palletsprojects.com/)", "- [Flask documentation](javascript:alert(1))");

        // Act
        var sources = TestGuides.ParseValid(text).Sources!;

        // Assert
        var source = Assert.Single(sources.Links);
        Assert.Equal("https://docs.djangoproject.com/", source.Url);
        Assert.Contains("Flask documentation", sources.Section.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Switch later {onclick=\"alert(1)\"}")]
    [InlineData("## Switch later {#custom .class onclick=alert(1)}")]
    [InlineData("## Switch later\n\nA [link](https://example.com){onclick=alert(1)} here.")]
    [InlineData("## Switch later\n\nA paragraph. {onmouseover=alert(1)}")]
    [InlineData("## Switch later\n\n```python {onclick=alert(1)}\ncode\n```")]
    [InlineData("## Switch later\n\n```\" onmouseover=\"alert(1)\ncode\n```")]
    public void Parse_IgnoresAttributeSyntax_SoNoEventHandlerIsAdded(string markdown)
    {
        // Arrange
        var text = GuideText.With("## Can You Switch Later?", markdown);

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        var document = RenderedHtml.Document(guide);
        AssertNothingRuns(document);
        Assert.Null(document.GetElementById("custom"));
        Assert.Empty(document.QuerySelectorAll(".class"));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871")]
    [InlineData("https://example.com/movie.mp4")]
    public void Parse_KeepsMediaLinksAsImages_WithoutEmbeddingAPlayer(string url)
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", $"![x]({url})");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        var document = RenderedHtml.Document(guide);
        Assert.Empty(document.QuerySelectorAll("iframe, video, audio, embed, object"));
        Assert.Equal(url, document.QuerySelector("img")!.GetAttribute("src"));
    }

    [Theory]
    [InlineData("[docs](https://docs.djangoproject.com/)", "https://docs.djangoproject.com/")]
    [InlineData("[plain](http://example.com/)", "http://example.com/")]
    [InlineData("[mail](mailto:editor@example.com)", "mailto:editor@example.com")]
    [InlineData("<editor@example.com>", "mailto:editor@example.com")]
    [InlineData("<https://flask.palletsprojects.com/>", "https://flask.palletsprojects.com/")]
    [InlineData("www.djangoproject.com", "http://www.djangoproject.com")]
    [InlineData("[faq](#faq)", "#faq")]
    [InlineData("[tag](/tags/python)", "/tags/python")]
    [InlineData("[page](?page=2)", "?page=2")]
    public void Parse_KeepsSafeLinks_WithoutWarnings(string markdown, string expectedHref)
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", $"See {markdown} now.");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.Empty(result.Diagnostics);
        var html = result.Guide!.FindOption("Flask")!.WhenFits!.Html;
        Assert.Equal(expectedHref, RenderedHtml.Parse(html).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Parse_EscapesHtmlInsideCodeBlocks()
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", "```html\n<script>alert(1)</script>\n```\n\nInline `<img src=x onerror=alert(1)>` too.");

        // Act
        var html = TestGuides.ParseValid(text).FindOption("Flask")!.WhenFits!.Html;

        // Assert
        var document = RenderedHtml.Parse(html);
        AssertNothingRuns(document);
        Assert.Equal("<script>alert(1)</script>\n", document.QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void Places_EachEndUpInHtmlTheTestsInspect()
    {
        // Arrange: guards the theories above: each place must end up in some HTML the tests inspect.
        var marker = "zzmarkerzz";

        // Act
        var missing = Places.Keys
            .Where(place => !RenderedHtml.Parts(TestGuides.ParseValid(Hostile(place, marker))).Any(part => part.Html.Contains(marker, StringComparison.Ordinal)))
            .ToList();

        // Assert
        Assert.Empty(missing);
    }

    private static string Hostile(string place, string markdown)
    {
        var (old, replacement) = Places[place];
        var text = GuideText.With(old, string.Format(System.Globalization.CultureInfo.InvariantCulture, replacement, markdown));
        return text + "\n[evil]: javascript:alert(1)\n";
    }

    private static TheoryData<string, string> Cross(IEnumerable<string> keys)
    {
        var data = new TheoryData<string, string>();
        foreach (var key in keys)
        {
            foreach (var place in Places.Keys)
            {
                data.Add(key, place);
            }
        }

        return data;
    }

    /// <summary>No element that runs code, no event handler, no URL with a scheme outside http, https and mailto.</summary>
    private static void AssertNothingRuns(IDocument document)
    {
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, style, svg, math, form, base, meta, link"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(
                    attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"<{element.LocalName}> has an event handler: {attribute.Name}=\"{attribute.Value}\"");
                Assert.False(
                    HasUnsafeScheme(attribute.Value),
                    $"<{element.LocalName}> has an unsafe URL: {attribute.Name}=\"{attribute.Value}\"");
            }
        }
    }

    /// <summary>Reads a URL the way a browser does: tabs, newlines and leading controls do not count.</summary>
    private static bool HasUnsafeScheme(string value)
    {
        var cleaned = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return cleaned.StartsWith("javascript:", StringComparison.Ordinal)
            || cleaned.StartsWith("vbscript:", StringComparison.Ordinal)
            || cleaned.StartsWith("data:", StringComparison.Ordinal)
            || cleaned.StartsWith("ftp:", StringComparison.Ordinal);
    }
}
