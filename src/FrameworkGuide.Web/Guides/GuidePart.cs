namespace FrameworkGuide.Web.Guides;

public enum GuidePart
{
    Comparison,
    DecisionTable,
    Faq,
}
