namespace FrameworkGuide.Content.Tests;

/// <summary>Builds guide markdown for tests: a valid guide, with parts replaced as a test needs.</summary>
internal static class GuideText
{
    public const string FrontMatter = """
        ---
        title: Flask vs Django
        summary: Which Python web framework fits your project.
        updated: 2026-06-02
        author: Joseph Nilo
        options: [Flask, Django]
        tags: [python, Web Frameworks]
        ---
        """;

    public const string Body = """
        Flask and Django are the two Python web frameworks most teams weigh first.

        ## Quick Answer

        Pick **Flask** for a small service; pick **Django** for a product with users and data.

        ## Decision Table

        | Project need | Better default | Why |
        | --- | --- | --- |
        | Small API or proof of concept | Flask | Less overhead. |
        | Internal admin tool | Django | The built-in admin. |
        | Learning Python web basics | Either | Both teach something. |

        ## When Flask Fits

        APIs and prototypes.

        ## When Django Fits

        Users, models, admin.

        ## Can You Switch Later?

        Yes, but it is rarely a rename.

        ## FAQ

        ### Is Flask easier than Django?

        At first.

        ### Is Django too heavy for small projects?

        Not always.

        ## Sources Checked

        - [Flask documentation](https://flask.palletsprojects.com/)
        - [Django documentation](https://docs.djangoproject.com/)

        ## About the Author

        Joseph Nilo builds and maintains production websites.
        """;

    public static string Valid => FrontMatter + "\n" + Body + "\n";

    /// <summary>The valid guide with one piece of text replaced; fails loudly if the piece is not there.</summary>
    public static string With(string oldText, string newText) => Replace(Valid, oldText, newText);

    /// <summary>Replaces text that must be present, so a test never silently checks the unchanged guide.</summary>
    public static string Replace(string text, string oldText, string newText)
    {
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        return text.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>Joins lines with '\n', so a test can count line numbers by position.</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>
    /// A short valid guide. Lines: 1 <c>---</c>, 2 title, 3 options, then <paramref name="frontMatter"/>,
    /// then <c>---</c>, a blank line, <c>## Quick Answer</c>, a blank line, "Yes.", a blank line, then <paramref name="body"/>.
    /// </summary>
    public static string Small(string[]? frontMatter = null, params string[] body) =>
        Lines(["---", "title: Small Guide", "options: [Flask, Django]", .. frontMatter ?? [], "---", "", "## Quick Answer", "", "Yes.", "", .. body]);

    /// <summary>The 1-based line of the first line that contains <paramref name="piece"/>.</summary>
    public static int LineOf(string text, string piece)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(piece, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{piece}' is not in the text");
        return index + 1;
    }
}
