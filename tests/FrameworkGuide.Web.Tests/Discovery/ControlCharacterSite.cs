namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>
/// A site whose one guide carries control characters, written as YAML escapes, in every piece of
/// front matter the feed repeats. XML 1.0 cannot carry them, escaped or not.
/// </summary>
public sealed class ControlCharacterSite() : TempContentSite(
    "control-characters",
    ("bell-vs-escape.md", """
        ---
        title: "Bell\a vs\x01 Escape\e"
        summary: "Null\0, vertical tab\v and form feed\f; tab\tstays."
        updated: 2026-05-05
        author: "Ann\x1FOther"
        options: [Bell, Escape]
        tags: ["bell\x08s"]
        ---

        Introduction.

        ## Quick Answer

        Pick Bell.
        """));
