namespace FrameworkGuide.Content.Model;

/// <summary>The guide's FAQ section: its heading, any text before the first question, and the questions.</summary>
public sealed record Faq(Section Section, IReadOnlyList<FaqItem> Items);
