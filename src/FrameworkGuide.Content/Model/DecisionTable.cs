namespace FrameworkGuide.Content.Model;

/// <summary>The guide's "Decision Table" section: project need, better default, reason.</summary>
/// <param name="Section">The heading, with the section's text before the table as its body.</param>
/// <param name="Headers">The three column headers as the editor wrote them.</param>
/// <param name="AfterHtml">The section's text after the table, as safe HTML.</param>
public sealed record DecisionTable(Section Section, IReadOnlyList<string> Headers, IReadOnlyList<DecisionRow> Rows, string AfterHtml);
