using FrameworkGuide.Content.Model;
using Microsoft.Extensions.Primitives;

namespace FrameworkGuide.Web.Decisions;

/// <summary>Reads <c>?need=row-id&amp;need=…</c>: unknown ids are ignored, repeats count once, and the work is bounded.</summary>
public static class NeedSelection
{
    /// <summary>At most this many values are looked at, however long the query string.</summary>
    public const int MaxValues = 100;

    /// <summary>The ticked rows in table order, or <c>null</c> when the guide has no decision table.</summary>
    public static DecisionResult? Read(Guide guide, StringValues needs)
    {
        if (guide.DecisionTable is not { } table)
        {
            return null;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < needs.Count && i < MaxValues; i++)
        {
            if (needs[i] is { Length: > 0 and <= 200 } id)
            {
                wanted.Add(id);
            }
        }

        return new DecisionResult(guide, table.Rows.Where(row => wanted.Contains(row.Id)).ToList());
    }
}
