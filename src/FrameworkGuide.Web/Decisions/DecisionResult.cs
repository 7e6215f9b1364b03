using System.Globalization;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Decisions;

/// <summary>
/// What the needs a reader ticked say: each option's count and reasons, the rows that favour no
/// option (they never tip the balance), and the option that fits best, or the tie and what would break it.
/// </summary>
public sealed record DecisionResult(Guide Guide, IReadOnlyList<DecisionRow> Ticked)
{
    /// <summary>Every option with the ticked rows that point to it, most first, then in the guide's order.</summary>
    public IReadOnlyList<OptionTally> Tallies { get; } = Guide.Options
        .Select(option => new OptionTally(option.Name, Ticked.Where(row => row.Option == option.Name).ToList()))
        .OrderByDescending(tally => tally.Count)
        .ToList();

    /// <summary>Ticked rows whose better default is Either.</summary>
    public IReadOnlyList<DecisionRow> Either => Ticked.Where(row => row.IsEither).ToList();

    public bool IsEmpty => Ticked.Count == 0;

    /// <summary>The options sharing the highest count, when at least one ticked row favours an option.</summary>
    public IReadOnlyList<string> Leaders =>
        Tallies[0].Count == 0 ? [] : Tallies.Where(tally => tally.Count == Tallies[0].Count).Select(tally => tally.Option).ToList();

    /// <summary>The option that fits best, or <c>null</c> for a tie or when only Either rows are ticked.</summary>
    public string? Winner => Leaders.Count == 1 ? Leaders[0] : null;

    public bool IsTie => Leaders.Count > 1;

    /// <summary>One sentence: "Django fits 3 of your 4 needs".</summary>
    public string Verdict => this switch
    {
        { IsEmpty: true } => "Tick the needs that describe your project",
        { Winner: { } winner } => $"{winner} fits {Tallies[0].Count} of your {Needs(Ticked.Count)}",
        { IsTie: true } => $"A tie: {JoinAnd(Leaders)} each fit {Tallies[0].Count} of your {Needs(Ticked.Count)}",
        _ => $"Any of the options fits your {Needs(Ticked.Count)}",
    };

    /// <summary>For a tie: the unticked rows that would tip the balance to one of the tied options.</summary>
    public IReadOnlyList<DecisionRow> TieBreakers => IsTie
        ? Guide.DecisionTable!.Rows.Where(row => !Ticked.Contains(row) && row.Option is { } option && Leaders.Contains(option)).ToList()
        : [];

    /// <summary>The shareable address of this result: the ticked rows in table order.</summary>
    public string Path => Guide.CanonicalPath + "/decision-table" + Query;

    public string Query => IsEmpty ? "" : "?" + string.Join('&', Ticked.Select(row => "need=" + Uri.EscapeDataString(row.Id)));

    private static string Needs(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " need" : " needs");

    private static string JoinAnd(IReadOnlyList<string> names) =>
        names.Count <= 2 ? string.Join(" and ", names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
