using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Tests;

public class SafeUrlTests
{
    [Theory]
    [InlineData("https://docs.djangoproject.com/")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://EXAMPLE.COM")]
    [InlineData("mailto:editor@example.com")]
    [InlineData("MailTo:editor@example.com")]
    [InlineData("/guides/flask-vs-django")]
    [InlineData("guides/flask-vs-django")]
    [InlineData("../flask-vs-django")]
    [InlineData("//cdn.example.com/x.png")]
    [InlineData("#faq")]
    [InlineData("#a:b")]
    [InlineData("?page=2")]
    [InlineData("?time=12:30")]
    [InlineData("/docs/ref:colon")]
    [InlineData("docs/ref:colon")]
    [InlineData("")]
    [InlineData(null)]
    public void IsAllowed_AcceptsHttpMailtoAndRelativeUrls(string? url)
    {
        // Act
        var allowed = SafeUrl.IsAllowed(url);

        // Assert
        Assert.True(allowed);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("java\rscript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("javascript\u007f:alert(1)")]
    [InlineData("javascript:/path")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz4=")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/file")]
    [InlineData("tel:+123")]
    [InlineData("httpx://example.com")]
    [InlineData("https\u200B://example.com")]
    public void IsAllowed_RejectsEveryOtherScheme(string url)
    {
        // Act
        var allowed = SafeUrl.IsAllowed(url);

        // Assert
        Assert.False(allowed);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "#")]
    [InlineData("https://example.com/a?b=c#d", "https://example.com/a?b=c#d")]
    [InlineData("/guides/flask-vs-django#faq", "/guides/flask-vs-django#faq")]
    public void Rewrite_ReplacesOnlyUnsafeUrls(string url, string expected)
    {
        // Act
        var rewritten = SafeUrl.Rewrite(url);

        // Assert
        Assert.Equal(expected, rewritten);
    }
}
