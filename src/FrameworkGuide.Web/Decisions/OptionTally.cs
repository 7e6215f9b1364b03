using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Decisions;

/// <summary>How many of the ticked needs point to one option, and which.</summary>
public sealed record OptionTally(string Option, IReadOnlyList<DecisionRow> Rows)
{
    public int Count => Rows.Count;
}
