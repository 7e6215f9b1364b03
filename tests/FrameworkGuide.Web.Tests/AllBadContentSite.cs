namespace FrameworkGuide.Web.Tests;

/// <summary>A second app host whose content folder holds only files with errors.</summary>
public sealed class AllBadContentSite() : TempContentSite(
    "all-bad",
    ("no-front-matter.md", "Just some text, with no front matter.\n"),
    ("one-option.md", "---\ntitle: \"Flask alone\"\noptions: [Flask]\n---\n\nNothing to compare.\n"),
    ("bad-date.md", "---\ntitle: \"Flask vs Django\"\noptions: [Flask, Django]\nupdated: 2026-02-30\n---\n\nText.\n"),
    ("empty.md", ""));
