using System.Net.Http.Json;
using System.Text.Json;
using FrameworkGuide.Soak.Guides;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.Soak.Reading;

/// <summary>
/// What readers need to know to build real addresses, read from the site before the soak: the tags
/// (from <c>/guides.json</c>), and from the first guide's data the decision table's row ids and the
/// ids of the sections every synthetic guide has, with the place each shows.
/// </summary>
internal sealed record SiteFacts(IReadOnlyList<string> Tags, IReadOnlyList<string> NeedIds, IReadOnlyList<(string Id, char Place)> Sections)
{
    /// <exception cref="ToolException">The data is not what the site's guide data looks like.</exception>
    public static async Task<SiteFacts> ReadAsync(HttpClient client, string firstSlug, CancellationToken cancellationToken)
    {
        try
        {
            using var index = await client.GetFromJsonAsync<JsonDocument>(new Uri("/guides.json", UriKind.Relative), cancellationToken)
                ?? throw new ToolException("/guides.json is empty");
            var tags = index.RootElement.GetProperty("guides").EnumerateArray()
                .SelectMany(guide => guide.GetProperty("tags").EnumerateArray().Select(tag => tag.GetProperty("slug").GetString()!))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();

            using var guide = await client.GetFromJsonAsync<JsonDocument>(new Uri($"/guides/{firstSlug}.json", UriKind.Relative), cancellationToken)
                ?? throw new ToolException($"/guides/{firstSlug}.json is empty");
            var root = guide.RootElement;
            var needs = root.GetProperty("decisionTable").GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("id").GetString()!).ToList();
            List<(string, char)> sections =
            [
                (root.GetProperty("quickAnswer").GetProperty("id").GetString()!, Place.QuickAnswer),
                ("decision-table", Place.DecisionTable),
                .. root.GetProperty("sections").EnumerateArray().Select(section => (section.GetProperty("id").GetString()!, Place.Comparison)),
                (root.GetProperty("aboutAuthor").GetProperty("id").GetString()!, Place.AboutAuthor),
            ];
            return tags.Count > 0 && needs.Count > 0
                ? new SiteFacts(tags, needs, sections)
                : throw new ToolException("the site's data lists no tags or no decision table rows");
        }
        catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or HttpRequestException)
        {
            throw new ToolException($"reading the site's guide data failed: {error.Message}", error);
        }
    }
}
