using System.Text.Json;
using System.Text.Json.Nodes;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Sharing.Cards;

namespace FrameworkGuide.Web.Sharing;

/// <summary>
/// The JSON-LD of a guide page (schema.org <c>Article</c>, <c>BreadcrumbList</c> and, when the
/// guide has one, <c>FAQPage</c>), built from the same parsed model as the visible page so the
/// texts match exactly.
/// </summary>
public static class StructuredData
{
    /// <summary>
    /// The JSON text for a <c>&lt;script type="application/ld+json"&gt;</c> block. The serializer's
    /// default encoder writes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c> and so on,
    /// so no content can close the script element or open a comment.
    /// </summary>
    public static string For(Guide guide, string root, string siteName)
    {
        var url = root + guide.CanonicalPath;
        var article = new JsonObject
        {
            ["@type"] = "Article",
            ["@id"] = url + "#article",
            ["headline"] = guide.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["image"] = root + CardPaths.For(guide),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = siteName, ["url"] = root + "/" },
            ["about"] = new JsonArray(guide.Options.Select(option => (JsonNode?)JsonValue.Create(option.Name)).ToArray()),
        };
        Add(article, "description", guide.Summary);
        Add(article, "dateModified", guide.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (guide.Author is { } author)
        {
            article["author"] = new JsonObject { ["@type"] = "Person", ["name"] = author };
        }

        if (guide.Tags.Count > 0)
        {
            article["keywords"] = string.Join(", ", guide.Tags.Select(tag => tag.Name));
        }

        var graph = new JsonArray(article, Breadcrumbs(guide, root, url));
        if (guide.Faq is { } faq)
        {
            graph.Add(new JsonObject
            {
                ["@type"] = "FAQPage",
                ["@id"] = url + "#faq",
                ["url"] = url,
                ["mainEntity"] = new JsonArray(faq.Items.Select(item => (JsonNode?)new JsonObject
                {
                    ["@type"] = "Question",
                    ["name"] = item.Question,
                    ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = item.AnswerText.ToString() },
                }).ToArray()),
            });
        }

        var document = new JsonObject { ["@context"] = "https://schema.org", ["@graph"] = graph };
        return document.ToJsonString(JsonSerializerOptions.Default);
    }

    private static JsonObject Breadcrumbs(Guide guide, string root, string url) => new()
    {
        ["@type"] = "BreadcrumbList",
        ["itemListElement"] = new JsonArray(
            Crumb(1, "Guides", root + "/"),
            Crumb(2, guide.Title, url)),
    };

    private static JsonObject Crumb(int position, string name, string url) => new()
    {
        ["@type"] = "ListItem",
        ["position"] = position,
        ["name"] = name,
        ["item"] = url,
    };

    private static void Add(JsonObject target, string name, string? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
