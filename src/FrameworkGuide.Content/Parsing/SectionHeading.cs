using System.Text.RegularExpressions;

namespace FrameworkGuide.Content.Parsing;

/// <summary>Recognises the section names editors write (case-insensitive).</summary>
internal static partial class SectionHeading
{
    public static (SectionKind Kind, string? OptionName) Classify(string title)
    {
        var text = title.Trim().TrimEnd(':').ToLowerInvariant();
        switch (text)
        {
            case "quick answer":
                return (SectionKind.QuickAnswer, null);
            case "decision table":
                return (SectionKind.DecisionTable, null);
            case "faq" or "faqs" or "frequently asked questions":
                return (SectionKind.Faq, null);
            case "sources" or "sources checked":
                return (SectionKind.Sources, null);
            case "about the author":
                return (SectionKind.AboutAuthor, null);
        }

        var whenFits = WhenFits().Match(title.Trim());
        return whenFits.Success
            ? (SectionKind.WhenFits, whenFits.Groups["option"].Value)
            : (SectionKind.Comparison, null);
    }

    [GeneratedRegex(@"^when\s+(?<option>.+?)\s+fits$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhenFits();
}
