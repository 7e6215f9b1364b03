namespace FrameworkGuide.Soak.Guides;

/// <summary>The parts of a guide file that carry a version marker, one letter each.</summary>
internal static class Place
{
    public const char Title = 't';
    public const char Summary = 's';
    public const char Introduction = 'i';
    public const char QuickAnswer = 'q';

    /// <summary>The reason ("Why") of every decision table row.</summary>
    public const char DecisionTable = 'd';

    /// <summary>The first paragraph of each <c>When X Fits</c> section.</summary>
    public const char WhenFits = 'w';

    /// <summary>The first paragraph of each comparison section.</summary>
    public const char Comparison = 'c';

    /// <summary>The answer of every FAQ question.</summary>
    public const char FaqAnswer = 'f';
    public const char AboutAuthor = 'a';

    /// <summary>Every place, as a string of letters.</summary>
    public const string All = "tsiqdwcfa";

    /// <summary>The place of the first paragraph under a <c>##</c> heading; <c>null</c> for sections left unmarked (sources).</summary>
    public static char? OfSection(string heading) => heading.Trim().ToUpperInvariant() switch
    {
        "QUICK ANSWER" => QuickAnswer,
        "DECISION TABLE" => DecisionTable,
        "FAQ" => FaqAnswer,
        "ABOUT THE AUTHOR" => AboutAuthor,
        "SOURCES" or "SOURCES CHECKED" => null,
        var other when other.StartsWith("WHEN ", StringComparison.Ordinal) && other.EndsWith(" FITS", StringComparison.Ordinal) => WhenFits,
        _ => Comparison,
    };
}
