using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Tests;

/// <summary>Parses guide text the way the site does, with one shared parser (it is immutable).</summary>
internal static class TestGuides
{
    public const string DefaultPath = "flask-vs-django.md";

    private static readonly GuideParser Parser = new(new GuideMarkdown());

    public static ParseResult Parse(string text, string path = DefaultPath) => Parser.Parse(path, text);

    /// <summary>Parses text that must give a guide; a failure lists every diagnostic.</summary>
    public static Guide ParseValid(string text, string path = DefaultPath)
    {
        var result = Parse(text, path);
        Assert.True(result.Guide is not null, "expected a guide, got: " + Describe(result.Diagnostics));
        return result.Guide;
    }

    /// <summary>The one error of a result that must have exactly one, with no guide.</summary>
    public static ContentDiagnostic SingleError(ParseResult result)
    {
        Assert.Null(result.Guide);
        var errors = result.Diagnostics.Where(diagnostic => diagnostic.IsError).ToList();
        Assert.True(errors.Count == 1, "expected one error, got: " + Describe(result.Diagnostics));
        return errors[0];
    }

    /// <summary>The one warning of a result, checking that the guide is still served.</summary>
    public static ContentDiagnostic SingleWarning(ParseResult result)
    {
        Assert.True(result.Guide is not null, "a warning must not reject the guide: " + Describe(result.Diagnostics));
        var warnings = result.Diagnostics.Where(diagnostic => !diagnostic.IsError).ToList();
        Assert.True(warnings.Count == 1 && warnings.Count == result.Diagnostics.Count, "expected one warning, got: " + Describe(result.Diagnostics));
        return warnings[0];
    }

    public static string Describe(IEnumerable<ContentDiagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(diagnostic => diagnostic.ToString()).DefaultIfEmpty("(none)"));
}
