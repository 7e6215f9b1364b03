using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace FrameworkGuide.Content.Parsing;

/// <summary>
/// The one Markdig pipeline of the site, built once (it is immutable and thread-safe), and
/// the rendering of parts of a parsed document to safe HTML.
/// </summary>
/// <remarks>
/// The pipeline is assembled from single extensions rather than <c>UseAdvancedExtensions()</c>,
/// which would bring generic attributes (<c>{onclick=…}</c>) and media embeds (iframes).
/// Raw HTML is disabled: it comes out as escaped text.
/// </remarks>
public sealed class GuideMarkdown
{
    public GuideMarkdown()
    {
        Pipeline = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .DisableHtml()
            .Build();
    }

    public MarkdownPipeline Pipeline { get; }

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders whole blocks (paragraphs, lists, tables, <c>###</c> headings …).</summary>
    public string RenderBlocks(IEnumerable<Block> blocks) => Render(renderer =>
    {
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
    });

    /// <summary>Renders the inline content of a heading or paragraph, without its element.</summary>
    public string RenderInline(LeafBlock block) => Render(renderer => renderer.WriteLeafInline(block));

    /// <summary>Renders the content of a container (a table cell) without paragraph tags.</summary>
    public string RenderContent(ContainerBlock block) => Render(renderer =>
    {
        renderer.ImplicitParagraph = true;
        foreach (var child in block)
        {
            renderer.Render(child);
        }
    });

    /// <summary>
    /// Each thread keeps one renderer for this pipeline and clears it before each part: a guide renders
    /// about 33 parts, and setting a renderer up costs twenty times what rendering a part does.
    /// </summary>
    [ThreadStatic]
    private static PartRenderer? threadRenderer;

    private string Render(Action<HtmlRenderer> write)
    {
        var renderer = threadRenderer;
        if (renderer is null || renderer.Pipeline != Pipeline)
        {
            renderer = threadRenderer = new PartRenderer(Pipeline);
        }

        renderer.Clear();
        write(renderer);
        return renderer.Text();
    }

    private sealed class PartRenderer : HtmlRenderer
    {
        private readonly StringBuilder text;

        public PartRenderer(MarkdownPipeline pipeline)
            : base(new StringWriter(CultureInfo.InvariantCulture))
        {
            Pipeline = pipeline;
            text = ((StringWriter)Writer).GetStringBuilder();
            LinkRewriter = SafeUrl.Rewrite;
            pipeline.Setup(this);
            ObjectRenderers.Replace<HeadingRenderer>(new PermalinkHeadingRenderer());
        }

        public MarkdownPipeline Pipeline { get; }

        public void Clear()
        {
            Reset();
            ImplicitParagraph = false;
        }

        public string Text()
        {
            Writer.Flush();
            var start = 0;
            var end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return text.ToString(start, end - start);
        }
    }
}
