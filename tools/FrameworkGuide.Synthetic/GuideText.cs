using System.Globalization;
using System.Text;

namespace FrameworkGuide.Synthetic;

/// <summary>
/// Writes one realistic guide of about 4 KB in the format of docs/writing-guides.md: front matter,
/// introduction, Quick Answer, a six-row Decision Table, When X Fits per option, two comparison
/// sections, an FAQ of three questions, Sources Checked and About the Author. Guides link to their
/// neighbours, one of them to a <c>#decision-table</c> fragment, so the cross-guide link check has
/// work to do. A set of them loads with no errors and no warnings.
/// </summary>
public static class GuideText
{
    /// <summary>The slug and file name (without <c>.md</c>) of guide <paramref name="index"/>: <c>guide-0001</c> for 1.</summary>
    public static string Slug(int index) => string.Create(CultureInfo.InvariantCulture, $"guide-{index:D4}");

    /// <summary>The file name of guide <paramref name="index"/>: <c>guide-0001.md</c> for 1.</summary>
    public static string FileName(int index) => Slug(index) + ".md";

    /// <param name="index">1-based; the slug is <c>guide-0001</c> for 1.</param>
    /// <param name="count">How many guides exist, so links only point at real ones.</param>
    /// <param name="marker">Letters and digits only, shown in the title (in <c>&lt;title&gt;</c> and <c>&lt;h1&gt;</c>) so a
    /// reader can tell one version of the file from another; <c>null</c> for none.</param>
    /// <param name="seed">Which topics the guides get: see <see cref="GuideTopic.For"/>. The text is the same for the same arguments.</param>
    public static string Write(int index, int count, string? marker = null, int seed = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, count);
        var topic = GuideTopic.For(index, seed);
        var (a, b, language, use, author, updated) = (topic.OptionA, topic.OptionB, topic.Area, topic.Use, topic.Author, topic.Updated);
        var titleSuffix = string.IsNullOrEmpty(marker) ? "" : $" ({marker})";
        var previous = Slug(index == 1 ? count : index - 1);
        var next = Slug(index == count ? 1 : index + 1);
        var text = new StringBuilder(4600);
        var c = CultureInfo.InvariantCulture;

        text.Append(c, $$"""
            ---
            title: "{{a}} vs {{b}} for {{use}}{{titleSuffix}}"
            summary: "{{a}} is the lighter start for {{use}}; {{b}} brings more structure when the project and the team grow."
            updated: {{updated:yyyy-MM-dd}}
            author: "{{author}}"
            options: [{{a}}, {{b}}]
            tags: [{{language}}, {{Tag(use)}}, comparisons]
            ---

            {{a}} and {{b}} are the two options most teams weigh first for {{use}}. {{a}} gives you the essentials and then steps aside, so you choose every other piece yourself. {{b}} arrives with more in the box: conventions, integrations and a layout that most developers who know it will recognise.

            Neither one is better in general. The useful question is how much of that built-in machinery your project will actually use, and who will maintain it in two years. If you are still comparing other options, see [the previous guide](/guides/{{previous}}).

            ## Quick Answer

            Pick **{{a}}** for a small service, a prototype, or any project where you want to choose each component yourself and keep the moving parts few.

            Pick **{{b}}** for a product that needs shared conventions, a long maintenance horizon and a team that changes over time.

            ## Decision Table

            | Project need | Better default | Why |
            | --- | --- | --- |
            | Small proof of concept | {{a}} | Less overhead, and it is quicker to shape around one problem. |
            | Product with many screens | {{b}} | Conventions and integrations come included. |
            | Custom single-purpose service | {{a}} | Few dependencies and only as much structure as needed. |
            | Team project that will last years | {{b}} | Shared conventions cut decision fatigue and onboarding cost. |
            | Strict performance budget | {{a}} | A smaller core leaves less to tune and less to load. |
            | Learning the basics | Either | Both are well documented and have active communities. |

            ## When {{a}} Fits

            {{a}} is at its best when the stack is small or when you want to assemble it yourself. Typical good fits:

            - Services with a handful of endpoints or screens
            - Tools that automate one job for one team
            - Prototypes where you want to test an idea before committing to a structure

            The price of that freedom is that the decisions become yours, and someone has to keep them written down.

            ## When {{b}} Fits

            {{b}} fits when the project is really about users and data that change over time, with staff workflows, permissions and many contributors. Most of what such a project needs exists from the first day and is designed to work together, which saves weeks.

            ## Team and Maintenance Tradeoffs

            {{a}} is usually faster on day one: less to learn, fewer files, a working result in minutes. {{b}} is often faster over time:

            - A new developer knows where each part lives.
            - Upgrades follow a published release schedule.
            - Common problems have one well-known answer.

            ## Can You Switch Later?

            You can, but it is rarely a simple rename: routing, data access, templates and tests all need rework. Read the [decision table of the next guide](/guides/{{next}}#decision-table) before you commit, since the storage choice matters just as much.

            ## FAQ

            ### Is {{a}} easier than {{b}}?

            {{a}} is easier to start with because there is less to learn before the first result. {{b}} asks for more up front and then answers many questions for you.

            ### Is {{b}} too heavy for small projects?

            Not always. If a small project still needs accounts, an admin or forms, the extra weight does useful work. For a single endpoint, {{a}} is the clearer fit.

            ### Which one is better for beginners?

            Both are good choices. {{a}} makes the mechanics easy to see; {{b}} teaches how a complete application is organised.

            ## Sources Checked

            - [{{a}} documentation](https://example.org/{{Tag(a)}}/docs) — core features and the extension approach
            - [{{b}} documentation](https://example.org/{{Tag(b)}}/docs) — conventions, integrations and layout
            - [{{b}} release policy](https://example.org/{{Tag(b)}}/releases) — support windows and upgrades

            ## About the Author

            {{author}} builds and maintains production websites and services, and has shipped projects with both {{a}} and {{b}}.

            """);
        return text.ToString();
    }

    private static string Tag(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
