namespace FrameworkGuide.Web.Discovery;

/// <param name="Headers">The three column headers as the editor wrote them.</param>
public sealed record DecisionTableJson(IReadOnlyList<string> Headers, IReadOnlyList<DecisionRowJson> Rows);

/// <param name="Id">The row's stable id, from its need.</param>
/// <param name="Anchor">The row's element id on the page: link to <c>{url}#{anchor}</c>.</param>
/// <param name="Option">The option the row picks; <c>null</c> when it says Either.</param>
/// <param name="Either">True when the row favours no option.</param>
public sealed record DecisionRowJson(string Id, string Anchor, string Need, string? Option, bool Either, string Reason);
