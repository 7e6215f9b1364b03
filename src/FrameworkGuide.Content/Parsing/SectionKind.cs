namespace FrameworkGuide.Content.Parsing;

/// <summary>What a <c>##</c> section is, read from its heading text.</summary>
internal enum SectionKind
{
    Comparison,
    QuickAnswer,
    DecisionTable,
    WhenFits,
    Faq,
    Sources,
    AboutAuthor,
}
