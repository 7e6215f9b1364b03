using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FrameworkGuide.Content.Parsing;

/// <summary>Plain text of inline markdown, for titles, ids and matching option names.</summary>
internal static class InlineText
{
    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    public static string Of(ContainerBlock block)
    {
        var text = new StringBuilder();
        foreach (var leaf in block.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                Append(text, leaf.Inline);
            }
        }

        return Normalize(text);
    }

    /// <summary>Plain text of whole blocks: a paragraph, list item or code block a line each, blocks apart by a blank line.</summary>
    public static string OfBlocks(IEnumerable<Block> blocks) =>
        string.Join("\n\n", blocks.Select(OfBlock).Where(text => text.Length > 0));

    private static string OfBlock(Block block) => block switch
    {
        LeafBlock { Inline: null } leaf => leaf.Lines.ToString().Trim(),
        LeafBlock leaf => Of(leaf),
        ContainerBlock container => string.Join("\n", container.Descendants<LeafBlock>().Select(OfBlock).Where(text => text.Length > 0)),
        _ => "",
    };

    public static string Of(ContainerInline inline)
    {
        var text = new StringBuilder();
        Append(text, inline);
        return Normalize(text);
    }

    private static void Append(StringBuilder text, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(text, child);
                }

                break;
        }
    }

    private static string Normalize(StringBuilder text) =>
        string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
