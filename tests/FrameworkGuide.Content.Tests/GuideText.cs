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
}
