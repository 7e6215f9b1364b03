using System.Buffers;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FrameworkGuide.Content.Parsing;

/// <summary>Plain text of inline markdown, for titles, ids and matching option names.</summary>
internal static class InlineText
{
    /// <summary>Each thread gathers text in one builder, kept between calls: a guide asks for the text of some 60 pieces.</summary>
    [ThreadStatic]
    private static StringBuilder? scratch;

    /// <summary>A builder grown past this by an outsized piece of text is not kept: a hostile file must not leave megabytes on every thread.</summary>
    private const int KeptCapacity = 16 * 1024;

    public static string Of(LeafBlock block) => block.Inline is null ? "" : Of(block.Inline);

    public static string Of(ContainerBlock block)
    {
        var text = Scratch();
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
        var text = Scratch();
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

    private static StringBuilder Scratch() =>
        scratch is { Capacity: <= KeptCapacity } kept ? kept.Clear() : scratch = new StringBuilder(256);

    /// <summary>The text with its runs of white space made one space, and none at either end: one string, no word split out.</summary>
    private static string Normalize(StringBuilder text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            var length = 0;
            var space = false;
            foreach (var chunk in text.GetChunks())
            {
                foreach (var character in chunk.Span)
                {
                    if (char.IsWhiteSpace(character))
                    {
                        space = length > 0;
                        continue;
                    }

                    if (space)
                    {
                        buffer[length++] = ' ';
                        space = false;
                    }

                    buffer[length++] = character;
                }
            }

            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
