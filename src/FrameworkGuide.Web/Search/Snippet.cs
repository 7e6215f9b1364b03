namespace FrameworkGuide.Web.Search;

/// <summary>A piece of text to show under a result, split where the matched words start and end. The view encodes every part.</summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    public static Snippet None { get; } = new([]);

    public bool IsEmpty => Parts.Count == 0;
}

/// <param name="IsMatch">True for a word the query matched, shown in <c>&lt;mark&gt;</c>.</param>
public sealed record SnippetPart(string Text, bool IsMatch);
