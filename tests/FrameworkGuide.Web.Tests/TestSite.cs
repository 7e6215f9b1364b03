namespace FrameworkGuide.Web.Tests;

/// <summary>What the files in <c>TestContent/</c> should give the site.</summary>
internal static class TestSite
{
    /// <summary>The served guides' slugs, most recently updated first (jinja-vs-mako has no date).</summary>
    public static readonly IReadOnlyList<string> ServedSlugs =
        ["postgresql-vs-mysql-vs-sqlite", "fastapi-vs-flask", "flask-vs-django", "hostile-markup", "jinja-vs-mako"];

    /// <summary>broken-pick.md: its decision table picks 'Rails', which is not an option.</summary>
    public const string BrokenSlug = "broken-pick";

    /// <summary>_draft.md, whose front matter sets this slug.</summary>
    public const string DraftSlug = "starlette-vs-litestar";

    /// <summary>fastapi-vs-flask.md lists these as its old addresses.</summary>
    public const string AliasTarget = "fastapi-vs-flask";

    public static TheoryData<string> Served() => new(ServedSlugs);

    public static string PathOf(string slug) => "/guides/" + slug;
}
