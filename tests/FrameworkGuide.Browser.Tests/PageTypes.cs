namespace FrameworkGuide.Browser.Tests;

/// <summary>One page of each kind the site serves, from the test guides.</summary>
public static class PageTypes
{
    public static readonly IReadOnlyDictionary<string, PageType> All = new[]
    {
        new PageType("home", "/"),
        new PageType("guide", "/guides/flask-vs-django"),
        new PageType("decision-table", "/guides/flask-vs-django/decision-table"),
        new PageType("faq", "/guides/flask-vs-django/faq"),
        new PageType("section", "/guides/flask-vs-django/s/when-django-fits"),
        new PageType("tag", "/tags/python"),
        new PageType("tags", "/tags"),
        new PageType("not-found", "/guides/no-such-guide", 404),
    }.ToDictionary(page => page.Name);

    public static TheoryData<string> Every() => new(All.Keys);
}

/// <param name="Status">What the page answers: 404 for the deliberate not-found page.</param>
public sealed record PageType(string Name, string Path, int Status = 200);
