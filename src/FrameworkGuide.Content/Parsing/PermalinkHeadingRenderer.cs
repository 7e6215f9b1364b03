using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace FrameworkGuide.Content.Parsing;

/// <summary>
/// Renders a heading with its id and a <c>#</c> link to itself after the text, so every heading
/// in a guide can be linked to, with or without JavaScript.
/// </summary>
internal sealed class PermalinkHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + Math.Clamp(heading.Level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.GetAttributes().Id is { Length: > 0 } id)
        {
            renderer.Write(" <a class=\"permalink\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Link to this section: ")
                .WriteEscape(InlineText.Of(heading)).Write("\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
