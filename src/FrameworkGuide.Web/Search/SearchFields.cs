namespace FrameworkGuide.Web.Search;

/// <summary>The fields of a guide's search document and how much a match in each counts.</summary>
public static class SearchFields
{
    /// <summary>Stored, not analysed: how a hit finds its guide again.</summary>
    public const string Slug = "slug";

    public const string Title = "title";
    public const string Option = "option";
    public const string Tag = "tag";
    public const string Need = "need";
    public const string Question = "question";
    public const string Summary = "summary";
    public const string Reason = "reason";
    public const string Answer = "answer";

    /// <summary>The quick answer, the "When X Fits" sections and the other sections.</summary>
    public const string Text = "text";

    /// <summary>Title far above options and tags, above needs and questions, above the summary, above the rest.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Weighted { get; } =
    [
        (Title, 10f),
        (Option, 4f),
        (Tag, 4f),
        (Need, 2.5f),
        (Question, 2.5f),
        (Summary, 1.5f),
        (Reason, 1f),
        (Answer, 1f),
        (Text, 1f),
    ];
}
